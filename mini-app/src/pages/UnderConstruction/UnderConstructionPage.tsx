import { useParams } from 'zmp-ui';
import { ComingSoon } from '../../components/ComingSoon';
import { findModule } from '../../modules';

/** Where tiles of features from later issues lead for now. */
export function UnderConstructionPage() {
  const module = findModule(useParams().key);
  return (
    <ComingSoon
      title={module?.label ?? 'Đang phát triển'}
      description={module?.about ?? 'Chức năng này chưa có.'}
    />
  );
}
