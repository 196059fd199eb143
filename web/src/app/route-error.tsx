// Shown when a route fails to render or its chunk cannot be loaded (e.g. a new version was deployed).
import { Alert, Button, Flex } from 'antd';
import { useRouteError } from 'react-router';
import { useI18n } from '../lib/i18n';

export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const chunkFailed = error instanceof TypeError && /import|module/i.test(error.message);
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Alert
        type="error"
        showIcon
        style={{ maxWidth: 560, width: '100%' }}
        title={
          chunkFailed
            ? t('页面加载失败，平台可能已更新', 'The page failed to load; the platform may have been updated')
            : t('页面出错了', 'Something went wrong')
        }
        description={
          <Flex vertical gap={12} align="flex-start">
            <span>{error instanceof Error ? error.message : String(error)}</span>
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('重新加载', 'Reload')}
            </Button>
          </Flex>
        }
      />
    </Flex>
  );
}
