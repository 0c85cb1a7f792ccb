import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import type { Access } from '../auth/access';
import { assertExpectedVersion } from '../assessment/assessment.service';
import { findCampaign } from '../campaign/campaign.service';
import { Criterion } from '../criterion/criterion.entity';
import { findPermitted } from '../database/paginate';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { findProvince } from '../province/province.service';
import { ReportTemplate, type TemplateField, type TemplateSection } from './report-template.entity';
import type {
  CreateReportTemplateInput,
  TemplateFieldInput,
  TemplateSectionInput,
  UpdateReportTemplateInput,
} from './report-template.inputs';
import { ReportFieldKind } from './report.enums';
import { DEFAULT_NARRATIVE_LENGTH } from './report-values';

const KEY = /^[A-Za-z0-9_.-]{1,60}$/;

function label(value: string, field: string, max: number, what: string): string {
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed || trimmed.length > max) throw badInput(`${what} cần từ 1 đến ${max} ký tự.`, field);
  return trimmed;
}

function labels(values: string[], field: string, what: string): string[] {
  if (values.length > 50) throw badInput(`${what}: tối đa 50 mục.`, field);
  const checked = values.map((v) => label(v, field, 300, what));
  if (new Set(checked).size !== checked.length) throw badInput(`${what} bị trùng.`, field);
  return checked;
}

async function checkField(em: EntityManager, access: Access, input: TemplateFieldInput): Promise<TemplateField> {
  if (!KEY.test(input.key)) throw badInput(`Mã mục "${input.key}" không hợp lệ.`, 'sections.fields.key');
  const field: TemplateField = {
    key: input.key,
    kind: input.kind,
    label: label(input.label, 'sections.fields.label', 500, 'Lời nhắc của mục'),
  };
  if (input.unitOfMeasure)
    field.unitOfMeasure = label(input.unitOfMeasure, 'sections.fields.unitOfMeasure', 50, 'Đơn vị tính');
  switch (input.kind) {
    case ReportFieldKind.NARRATIVE: {
      const max = input.maxLength ?? DEFAULT_NARRATIVE_LENGTH;
      if (!Number.isInteger(max) || max < 1 || max > 50_000)
        throw badInput('Độ dài tối đa cần từ 1 đến 50.000 ký tự.', 'sections.fields.maxLength');
      field.maxLength = max;
      break;
    }
    case ReportFieldKind.VERDICT: {
      const subjects = input.subjects ?? [];
      if (!subjects.length || subjects.length > 50)
        throw badInput(`Mục kết luận "${input.key}" cần từ 1 đến 50 khối/lĩnh vực.`, 'sections.fields.subjects');
      for (const s of subjects)
        if (!KEY.test(s.key)) throw badInput(`Mã khối/lĩnh vực "${s.key}" không hợp lệ.`, 'sections.fields.subjects');
      if (new Set(subjects.map((s) => s.key)).size !== subjects.length)
        throw badInput('Mã khối/lĩnh vực bị trùng.', 'sections.fields.subjects');
      field.subjects = subjects.map((s) => ({
        key: s.key,
        label: label(s.label, 'sections.fields.subjects', 300, 'Tên'),
      }));
      break;
    }
    case ReportFieldKind.INDICATORS: {
      if (!input.campaignId)
        throw badInput(`Bảng chỉ tiêu "${input.key}" cần đợt (campaignId).`, 'sections.fields.campaignId');
      const campaign = await findCampaign(em, access, { id: input.campaignId });
      field.campaignId = String(campaign.id);
      if (input.indicatorGroups?.length) {
        const codes = new Set(
          (await em.find(Criterion, { campaign: campaign.id }, { fields: ['code'] })).map((c) => c.code),
        );
        field.indicatorGroups = input.indicatorGroups.map((g) => {
          const unknown = g.criterionCodes.find((code) => !codes.has(code));
          if (unknown)
            throw badInput(`Đợt "${campaign.name}" không có chỉ tiêu "${unknown}".`, 'sections.fields.indicatorGroups');
          return {
            title: label(g.title, 'sections.fields.indicatorGroups', 300, 'Tên nhóm'),
            criterionCodes: g.criterionCodes,
          };
        });
      }
      break;
    }
    default:
      break;
  }
  return field;
}

async function checkSections(
  em: EntityManager,
  access: Access,
  inputs: TemplateSectionInput[],
): Promise<TemplateSection[]> {
  if (!inputs.length || inputs.length > 200) throw badInput('Mẫu cần từ 1 đến 200 phần.', 'sections');
  const sections: TemplateSection[] = [];
  for (const input of inputs) {
    if (!KEY.test(input.key)) throw badInput(`Mã phần "${input.key}" không hợp lệ.`, 'sections.key');
    if (input.level !== 1 && input.level !== 2) throw badInput('Cấp tiêu đề là 1 hoặc 2.', 'sections.level');
    const fields = [];
    for (const field of input.fields) fields.push(await checkField(em, access, field));
    sections.push({
      key: input.key,
      number: label(input.number, 'sections.number', 20, 'Số thứ tự phần'),
      title: label(input.title, 'sections.title', 1000, 'Tên phần'),
      level: input.level,
      appendix: input.appendix,
      fields,
    });
  }
  const keys = [...sections.map((s) => s.key), ...sections.flatMap((s) => s.fields.map((f) => f.key))];
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) throw badInput(`Mã "${duplicate}" bị trùng trong mẫu.`, 'sections');
  return sections;
}

export async function listReportTemplates(em: EntityManager, access: Access): Promise<ReportTemplate[]> {
  const where = access.readable<ReportTemplate>('ReportTemplate', {});
  return where === null ? [] : em.find(ReportTemplate, where, { orderBy: { id: 'asc' } });
}

export async function findReportTemplate(
  em: EntityManager,
  access: Access,
  id: string | number,
): Promise<ReportTemplate> {
  const template = await findPermitted(
    em,
    ReportTemplate,
    access.readable<ReportTemplate>('ReportTemplate', { id: parseId(id) }),
  );
  if (!template) throw notFound('mẫu báo cáo', id);
  return template;
}

export async function createReportTemplate(
  em: EntityManager,
  access: Access,
  input: CreateReportTemplateInput,
): Promise<ReportTemplate> {
  const province = input.provinceId ? await findProvince(em, access, { id: input.provinceId }) : undefined;
  access.assert('manage', 'ReportTemplate', { province: province ?? null });
  if (!/^[a-z0-9-]{3,80}$/.test(input.code)) throw badInput('Mã mẫu gồm chữ thường, số, "-" (3–80 ký tự).', 'code');
  if (await em.count(ReportTemplate, { code: input.code })) throw badInput(`Mã mẫu "${input.code}" đã có.`, 'code');
  const template = em.create(ReportTemplate, {
    code: input.code,
    name: label(input.name, 'name', 300, 'Tên mẫu'),
    title: label(input.title, 'title', 1000, 'Tiêu đề'),
    level: input.level,
    reviewer: input.reviewer,
    province,
    documentSymbol: label(input.documentSymbol, 'documentSymbol', 30, 'Ký hiệu văn bản'),
    signatureTitle: label(input.signatureTitle, 'signatureTitle', 300, 'Chức danh ký'),
    addressees: labels(input.addressees, 'addressees', 'Nơi nhận kiến nghị'),
    recipients: labels(input.recipients, 'recipients', 'Nơi nhận'),
    sections: await checkSections(em, access, input.sections),
  });
  await recordChange(em, access.viewer!, {
    action: 'CREATE',
    objectType: 'ReportTemplate',
    object: template,
    province,
    changes: { ...input },
  });
  return template;
}

export async function updateReportTemplate(
  em: EntityManager,
  access: Access,
  id: string,
  input: UpdateReportTemplateInput,
): Promise<ReportTemplate> {
  const template = await findReportTemplate(em, access, id);
  access.assert('manage', 'ReportTemplate', template);
  assertExpectedVersion(input.expectedVersion, template.version, 'Mẫu đã được người khác sửa; hãy tải lại.');
  if (input.name) template.name = label(input.name, 'name', 300, 'Tên mẫu');
  if (input.title) template.title = label(input.title, 'title', 1000, 'Tiêu đề');
  if (input.signatureTitle)
    template.signatureTitle = label(input.signatureTitle, 'signatureTitle', 300, 'Chức danh ký');
  if (input.addressees) template.addressees = labels(input.addressees, 'addressees', 'Nơi nhận kiến nghị');
  if (input.recipients) template.recipients = labels(input.recipients, 'recipients', 'Nơi nhận');
  if (input.sections) template.sections = await checkSections(em, access, input.sections);
  template.version += 1;
  await recordChange(em, access.viewer!, {
    action: 'UPDATE',
    objectType: 'ReportTemplate',
    object: template,
    province: template.province,
    changes: { ...input },
  });
  return template;
}
