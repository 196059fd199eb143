// Shows a failed request's message (already in the user's language, from the server) and stray field errors.
import { Alert } from 'antd';
import { isApiError } from '../lib/api-client';

interface ErrorAlertProps {
  error: unknown;
  /** Field messages that had no form field to sit on. */
  details?: string[];
  testId?: string;
  style?: React.CSSProperties;
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function ErrorAlert({ error, details, testId = 'error-alert', style }: ErrorAlertProps) {
  if (!error) return null;
  const stray = details ?? [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={errorMessage(error)}
      description={
        stray.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {stray.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16, ...style }}
    />
  );
}
