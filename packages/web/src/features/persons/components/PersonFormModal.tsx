import { Divider, Form } from 'antd';
import type { PersonDetail } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { useIsMobile } from '../../../lib/useIsMobile';
import { createPerson, updatePerson } from '../api';
import { PersonFields } from './PersonFields';
import { PlacementFields } from './PlacementFields';
import { createInputOf, formValuesOf, updateInputOf, type PersonFormValues } from './personForm';

interface Props {
  open: boolean;
  /** the person to edit; absent to add one to the roster */
  person?: PersonDetail;
  /** preselected branch for a new person */
  branchId?: string;
  onClose: () => void;
  onSaved: (p: PersonDetail) => void;
}

/** 新增党员 / 编辑党员信息: every roster field; server validation messages appear beside the fields. */
export function PersonFormModal({ open, person, branchId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PersonFormValues>();
  const mobile = useIsMobile();
  const initial: Partial<PersonFormValues> = person
    ? formValuesOf(person)
    : { category: 'full', branchId, groupId: null };

  const submit = async (v: PersonFormValues) => {
    if (person) {
      const changes = updateInputOf(v, person);
      onSaved(Object.keys(changes).length ? await updatePerson(person.id, changes) : person);
    } else {
      onSaved(await createPerson(createInputOf(v)));
    }
  };

  return (
    <FormModal<PersonFormValues>
      open={open}
      form={form}
      title={person ? `编辑：${person.name}` : '新增党员'}
      okText={person ? '保存' : '添加'}
      width={mobile ? undefined : 720}
      initialValues={initial}
      onCancel={onClose}
      onSubmit={submit}
    >
      {!person && (
        <>
          <PlacementFields form={form} />
          <Divider style={{ margin: '4px 0 16px' }} />
        </>
      )}
      <PersonFields form={form} idMasked={person?.idNumberMasked} withStatus={!!person} />
    </FormModal>
  );
}
