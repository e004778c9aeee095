import type { Task } from '../../../../src/domain/types';
import {
  buildTaskMessage,
  optOutPayload,
  taskCallbackData,
} from '../../../../src/services/tasks/task-message';

const task: Task = {
  id: 'task1',
  tenantId: 't1',
  name: 'Spring sale',
  type: 'marketing',
  channel: 'whatsapp',
  categoryId: null,
  template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 },
  startAt: null,
  endAt: null,
  policy: { window: null, messagesPerSecond: null },
  followUp: { assignees: [] },
  status: 'running',
  reason: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  publishedAt: null,
  completedAt: null,
};

describe('buildTaskMessage', () => {
  it('builds the template with body parameters, the opt-out payload and the callback data', () => {
    const body = buildTaskMessage(task, {
      id: 'r1',
      contact: '+5511987654321',
      params: ['Ana', '20%'],
    });
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '5511987654321',
      biz_opaque_callback_data: 'task:task1:recipient:r1',
      type: 'template',
      template: {
        name: 'spring_sale',
        language: { code: 'pt_BR', policy: 'deterministic' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'text', text: '20%' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'optout:task1' }],
          },
        ],
      },
    });
  });

  it('sends named parameters with their names and no button without an opt-out index', () => {
    const body = buildTaskMessage(
      { ...task, template: { ...task.template, optOutButtonIndex: null } },
      { id: 'r2', contact: '+4915112345678', params: { first_name: 'Jonas' } },
    );
    expect(body.template.components).toEqual([
      { type: 'body', parameters: [{ type: 'text', text: 'Jonas', parameter_name: 'first_name' }] },
    ]);
  });

  it('names the opt-out payload and callback data consistently', () => {
    expect(optOutPayload('abc')).toBe('optout:abc');
    expect(taskCallbackData('abc', 'r9')).toBe('task:abc:recipient:r9');
  });
});
