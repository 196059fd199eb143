/**
 * A data-testid for props objects (okButtonProps and the like) whose types do not list data-* attributes;
 * antd passes unknown props through to the DOM element.
 */
export const testId = (id: string) => ({ 'data-testid': id }) as Record<never, never>;
