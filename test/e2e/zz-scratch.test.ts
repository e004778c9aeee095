jest.mock('../../src/domain/intent', () => ({ classifyMessage: () => null }), { virtual: true });
jest.mock('../../src/domain/replies', () => ({ formatDate: () => '', renderReply: () => '' }), { virtual: true });
import './dispatch-concurrency.test';
