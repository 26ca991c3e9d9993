// Component tests: Testing Library's matchers-free setup; clean the DOM between tests.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
