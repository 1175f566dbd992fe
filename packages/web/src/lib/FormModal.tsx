import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Form, Modal, type FormInstance } from 'antd';
import { applyServerErrors } from './formErrors';

interface Props<T extends object> {
  open: boolean;
  title: ReactNode;
  okText?: string;
  width?: number;
  initialValues?: Partial<T>;
  /** pass a form made with `Form.useForm` to watch values from outside */
  form?: FormInstance<T>;
  onCancel: () => void;
  /** sends the values; a thrown ApiError is shown on the form */
  onSubmit: (values: T) => Promise<void>;
  children: ReactNode;
}

/** A modal holding one vertical form; shows server validation messages beside fields or above the form. */
export function FormModal<T extends object>(props: Props<T>) {
  const { open, title, okText = '保存', width = 560, initialValues, onCancel, onSubmit, children } = props;
  const [own] = Form.useForm<T>();
  const form = props.form ?? own;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  const onFinish = async (values: T) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setError(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      width={width}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      mask={{ closable: false }}
      centered
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<T> form={form} layout="vertical" preserve={false} initialValues={initialValues} onFinish={onFinish} scrollToFirstError>
        {children}
      </Form>
    </Modal>
  );
}
