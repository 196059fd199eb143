// 403 and 404 pages inside the layout.
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n';

export function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('无权访问', 'No access')}
      subTitle={t(
        '您的角色没有此页面的权限，如需使用请联系系统管理员授权。',
        'Your roles do not include this page. Ask the system administrator for a grant.',
      )}
      extra={
        <Link to="/">
          <Button type="primary">{t('返回工作台', 'Back to the workbench')}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('页面不存在', 'Page not found')}
      extra={
        <Link to="/">
          <Button type="primary">{t('返回工作台', 'Back to the workbench')}</Button>
        </Link>
      }
    />
  );
}
