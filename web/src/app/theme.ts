import type { ThemeConfig } from 'antd';

/** A sober government look: deep blue, small radii, CJK fonts first. */
export const BRAND_BLUE = '#163d7a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f2f4f7',
  },
  components: {
    Layout: { headerBg: BRAND_BLUE, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Menu: { itemBorderRadius: 4 },
    Table: { headerBg: '#f5f7fa' },
  },
};
