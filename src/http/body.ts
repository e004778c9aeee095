import express from 'express';

/** JSON bodies for admin routes: strict (objects and arrays only), UTF-8, with a size limit. */
export function jsonBody(limit = '1mb') {
  return express.json({ limit, strict: true, type: ['application/json', 'application/*+json'] });
}
