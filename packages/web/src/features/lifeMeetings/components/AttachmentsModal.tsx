import { Modal } from 'antd';
import { AttachmentList } from '../../attachments/AttachmentList';

/** The files of one record (对照检查材料, 整改 evidence, a report) in a modal; reloads the owner when closed. */
export function AttachmentsModal(props: { title: string; entityType: string; entityId: string; canWrite: boolean; onClose: () => void }) {
  return (
    <Modal open title={props.title} footer={null} onCancel={props.onClose} destroyOnHidden width={640}>
      <AttachmentList entityType={props.entityType} entityId={props.entityId} canWrite={props.canWrite} />
    </Modal>
  );
}
