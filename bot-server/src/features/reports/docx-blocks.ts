import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Times New Roman 13 pt, the administrative-document convention (Nghị định 30/2020/NĐ-CP). */
const FONT = 'Times New Roman';
const SIZE = 26;

export function line(text: string, options: { bold?: boolean; italic?: boolean; center?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italic, font: FONT, size: options.size ?? SIZE })],
  });
}

export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}: `, font: FONT, size: SIZE }), new TextRun({ text: value || '…………………………', font: FONT, size: SIZE })],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ borders: { top: border, bottom: border, left: border, right: border }, children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 24 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }), ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
  });
}

/** The national motto block every Vietnamese administrative document opens with. */
export function motto(place: string, date: string): Paragraph[] {
  return [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
    line('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
    line(`${place}, ${date}`, { italic: true, center: true }),
  ];
}

export function documentBuffer(children: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ creator: 'Thi Đua Số', sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }] }));
}
