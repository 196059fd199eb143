// One icon per area, imported icon by icon so the bundle holds only these.
import ApartmentOutlined from '@ant-design/icons/ApartmentOutlined';
import AuditOutlined from '@ant-design/icons/AuditOutlined';
import DashboardOutlined from '@ant-design/icons/DashboardOutlined';
import BookOutlined from '@ant-design/icons/BookOutlined';
import ProfileOutlined from '@ant-design/icons/ProfileOutlined';
import DiffOutlined from '@ant-design/icons/DiffOutlined';
import FileSearchOutlined from '@ant-design/icons/FileSearchOutlined';
import AlertOutlined from '@ant-design/icons/AlertOutlined';
import KeyOutlined from '@ant-design/icons/KeyOutlined';
import ControlOutlined from '@ant-design/icons/ControlOutlined';
import SafetyCertificateOutlined from '@ant-design/icons/SafetyCertificateOutlined';
import SettingOutlined from '@ant-design/icons/SettingOutlined';
import TeamOutlined from '@ant-design/icons/TeamOutlined';
import UserSwitchOutlined from '@ant-design/icons/UserSwitchOutlined';
import IdcardOutlined from '@ant-design/icons/IdcardOutlined';
import SafetyOutlined from '@ant-design/icons/SafetyOutlined';
import ReadOutlined from '@ant-design/icons/ReadOutlined';
import FormOutlined from '@ant-design/icons/FormOutlined';
import SwapOutlined from '@ant-design/icons/SwapOutlined';
import CalendarOutlined from '@ant-design/icons/CalendarOutlined';
import BankOutlined from '@ant-design/icons/BankOutlined';
import BarChartOutlined from '@ant-design/icons/BarChartOutlined';
import FolderOpenOutlined from '@ant-design/icons/FolderOpenOutlined';
import PartitionOutlined from '@ant-design/icons/PartitionOutlined';
import ScheduleOutlined from '@ant-design/icons/ScheduleOutlined';
import FileWordOutlined from '@ant-design/icons/FileWordOutlined';
import type { AreaKey } from '../config/areas';

const ICONS: Record<AreaKey, typeof DashboardOutlined> = {
  workbench: DashboardOutlined,
  cases: FolderOpenOutlined,
  procedures: PartitionOutlined,
  calendar: ScheduleOutlined,
  documentTemplates: FileWordOutlined,
  agencies: ApartmentOutlined,
  laws: BookOutlined,
  powers: ProfileOutlined,
  lawChanges: DiffOutlined,
  benchmarks: ControlOutlined,
  reviewCatalogues: FileSearchOutlined,
  referralThresholds: AlertOutlined,
  officers: IdcardOutlined,
  certificates: SafetyOutlined,
  training: ReadOutlined,
  exams: FormOutlined,
  transfers: SwapOutlined,
  annualFilings: CalendarOutlined,
  leaderRecords: BankOutlined,
  personnelIndicators: BarChartOutlined,
  accounts: TeamOutlined,
  grants: UserSwitchOutlined,
  apiTokens: KeyOutlined,
  securityPolicy: SafetyCertificateOutlined,
  accessLog: AuditOutlined,
  profile: SettingOutlined,
};

export function AreaIcon({ area, style }: { area: AreaKey; style?: React.CSSProperties }) {
  const Icon = ICONS[area];
  return <Icon style={style} />;
}
