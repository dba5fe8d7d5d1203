using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// The pack as the analytical note, an editable Word document: Word's own heading styles (the
/// navigation pane and the contents field work), the text as text, real tables with a repeated
/// header row, the charts as pictures, the recommendations and the decision as numbered lists,
/// «стр. N из M» in the footer. A4 portrait; a table too wide for it and a landscape chart (the gap map) get a landscape section each.
/// </summary>
public static class PackDocx
{
    private const long EmuPerMm = 36_000;
    private const double TextWidthMm = 170; // A4 less 25 mm left and 15 mm right
    private const int TextWidthTwips = 9638;
    private const int LandscapeWidthTwips = 14570; // A4 landscape less the same margins
    private const double LandscapeWidthMm = 250, LandscapeHeightMm = 150; // 257 × 170 mm, less room for the caption

    /// <summary>Writes the note.</summary>
    public static void Write(PackDocument pack, IReadOnlyDictionary<string, byte[]> pictures, Stream output, DateTime made)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(DecimalList(), new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new DefaultTabStop { Val = 708 }, new UpdateFieldsOnOpen { Val = true });
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = Footer();
        document.PackageProperties.Title = pack.Title + " — " + pack.Year + " год";
        document.PackageProperties.Creator = pack.Author;
        document.PackageProperties.Language = "ru-RU";

        var body = new Body();
        TitlePage(body, pack, made);
        body.Append(Para(new Run(new Text("Содержание"))) .With(Style("TOCHeading")));
        body.Append(ContentsField());
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        var headings = PackPdf.Headings(pack);
        var footerId = main.GetIdOfPart(footer);
        var sections = 0;
        var listId = 1;
        var imageId = 1u;
        for (var s = 0; s < pack.Sections.Count; s++)
        {
            var section = pack.Sections[s];
            if (section.Appendix)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }
            body.Append(Para(new Run(new Text(headings[s]))).With(Style("Heading1")));
            foreach (var block in section.Blocks.Where(PackTable.IsPrinted))
            {
                switch (block)
                {
                    case PackParagraph p:
                        body.Append(Para(new Run(Text(p.Text))));
                        break;
                    case PackSubheading h:
                        body.Append(Para(new Run(Text(h.Text))).With(Style("Heading2")));
                        break;
                    case PackList l:
                        var id = ++listId;
                        numbering.Numbering.Append(new NumberingInstance(new AbstractNumId { Val = 1 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = id });
                        foreach (var item in l.Items)
                        {
                            body.Append(new Paragraph(
                                new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id })),
                                new Run(Text(item))));
                        }
                        break;
                    case PackTable t:
                        var (shares, landscape) = t.Layout();
                        if (landscape)
                        {
                            // A table too wide for a portrait page is a landscape section of its own.
                            InLandscape(() => body.Append(Table(t, shares, LandscapeWidthTwips)));
                        }
                        else
                        {
                            body.Append(Table(t, shares, TextWidthTwips));
                            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
                        }
                        break;
                    case PackChart c when c.Landscape:
                        // A landscape chart (the gap map) gets a landscape page, as in the PDF, not a picture scaled to a third.
                        InLandscape(() => AppendChart(c, LandscapeWidthMm, LandscapeHeightMm));
                        break;
                    case PackChart c:
                        AppendChart(c, TextWidthMm, double.PositiveInfinity);
                        break;
                }
            }
        }
        body.Append(Section(footerId, landscape: false, first: sections == 0));
        main.Document = new Document(body);
        main.Document.Save();

        // Content on a landscape section of its own: the paragraph before it ends the portrait section, the
        // paragraph after it ends the landscape one.
        void InLandscape(Action append)
        {
            body.Append(new Paragraph(new ParagraphProperties(Section(footerId, landscape: false, first: sections++ == 0))));
            append();
            body.Append(new Paragraph(new ParagraphProperties(Section(footerId, landscape: true, first: sections++ == 0))));
        }

        void AppendChart(PackChart c, double width, double height)
        {
            var part = main.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(pictures[c.Key]))
            {
                part.FeedData(stream);
            }
            var scale = Math.Min(1, Math.Min(width / c.WidthMm, height / c.HeightMm));
            body.Append(new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
                new Run(Picture(main.GetIdOfPart(part), imageId++, c.Key, c.Caption, c.WidthMm * scale, c.HeightMm * scale))));
            body.Append(Para(new Run(Text("Рисунок. " + c.Caption))).With(Style("Caption")));
        }
    }

    private static void TitlePage(Body body, PackDocument pack, DateTime made)
    {
        body.Append(Para(new Run(Text(pack.Organization))).With(Style("Subtitle")));
        body.Append(Para(new Run(Text(pack.Meeting))).With(Style("Subtitle")));
        body.Append(Para(new Run(Text(pack.Title))).With(Style("Title")));
        body.Append(Para(new Run(Text(pack.Subject))).With(Style("Subtitle")));
        if (pack.MunicipalityName is { } name)
        {
            body.Append(Para(new Run(Text(name))).With(Style("Subtitle")));
        }
        body.Append(Para(new Run(new RunProperties(new Bold()), Text(pack.Year + " год"))).With(Style("Subtitle")));
        // The title page is centred, as the PDF's (the Normal style justifies, which stretches a short line's words).
        static ParagraphProperties Centred() => new(new Justification { Val = JustificationValues.Center });
        body.Append(Para(new Run(Text("Данные на " + (pack.AsOf is { } a ? RussianFormat.Date(a) : "—")))).With(Centred()));
        body.Append(Para(new Run(Text("Подготовил: " + pack.Author))).With(Centred()));
        body.Append(Para(new Run(Text("Сформировано " + RussianFormat.Date(made)))).With(Centred()));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    private static Paragraph Para(params OpenXmlElement[] runs) => new(runs);

    private static ParagraphProperties Style(string id) => new(new ParagraphStyleId { Val = id });

    private static Paragraph With(this Paragraph paragraph, ParagraphProperties properties)
    {
        paragraph.PrependChild(properties);
        return paragraph;
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static Paragraph ContentsField() => new(
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
        new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(Text("Содержание строится при открытии документа (или по F9).")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    private static Footer Footer() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
        new Run(Text("стр. ")),
        new SimpleField(new Run(Text("1"))) { Instruction = " PAGE " },
        new Run(Text(" из ")),
        new SimpleField(new Run(Text("1"))) { Instruction = " NUMPAGES " }));

    /// <summary>
    /// A section's page: A4 portrait or landscape with the footer; the first section's first page (the title
    /// page) has no footer.
    /// </summary>
    private static SectionProperties Section(string footerId, bool landscape, bool first)
    {
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            landscape ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape } : new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 850, Bottom = 1134, Left = 1418, Header = 708, Footer = 708, Gutter = 0 });
        if (first)
        {
            section.Append(new TitlePage());
        }
        return section;
    }

    /// <summary>A table whose columns take <paramref name="shares"/> of <paramref name="textWidth"/> twips.</summary>
    private static Table Table(PackTable table, IReadOnlyList<double> shares, int textWidth)
    {
        var widths = shares.Select(share => (int)(textWidth * share)).ToArray();
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "PackTable" },
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            grid);
        foreach (var header in table.HeaderRows())
        {
            // A caption spanning two header rows is a merged cell: started in the first row, continued below.
            var cells = new List<TableCell>();
            for (var column = 0; column < table.Columns.Count;)
            {
                if (header.FirstOrDefault(h => h.Column == column) is not { } h)
                {
                    cells.Add(Cell("", widths[column], false, header: true, [new VerticalMerge { Val = MergedCellValues.Continue }]));
                    column++;
                    continue;
                }
                OpenXmlElement[] span = h.Columns > 1 ? [new GridSpan { Val = h.Columns }] : [];
                OpenXmlElement[] merge = h.Rows > 1 ? [new VerticalMerge { Val = MergedCellValues.Restart }] : [];
                cells.Add(Cell(h.Text, widths.Skip(column).Take(h.Columns).Sum(), h.Numeric, header: true, [.. span, .. merge], h.Columns > 1));
                column += h.Columns;
            }
            result.Append(new TableRow([new TableRowProperties(new TableHeader(), new CantSplit()), .. cells]));
        }
        foreach (var row in table.PrintedRows)
        {
            result.Append(new TableRow([new TableRowProperties(new CantSplit()), .. row.Select((c, i) => Cell(c.Text, widths[i], table.Columns[i].Numeric, header: false))]));
        }
        return result;
    }

    private static TableCell Cell(string text, int width, bool numeric, bool header, OpenXmlElement[]? properties = null, bool centered = false)
    {
        var run = header ? new Run(new RunProperties(new Bold()), Text(text)) : new Run(Text(text));
        var justify = centered ? JustificationValues.Center : numeric ? JustificationValues.Right : JustificationValues.Left;
        return new TableCell(
            new TableCellProperties([new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, .. properties ?? []]),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }, new Justification { Val = justify }), run));
    }

    private static Drawing Picture(string relationship, uint id, string name, string caption, double widthMm, double heightMm)
    {
        long cx = (long)(widthMm * EmuPerMm), cy = (long)(heightMm * EmuPerMm);
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name + ".png", Description = caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private static AbstractNum DecimalList() => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Decimal },
            new LevelText { Val = "%1." },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
        { LevelIndex = 0 })
    { AbstractNumberId = 1 };

    private static Styles Styles()
    {
        const string Serif = "Times New Roman", Sans = "Arial";
        static RunFonts Fonts(string name) => new() { Ascii = name, HighAnsi = name, ComplexScript = name, EastAsia = name };
        Style Paragraph(string id, string name, string font, int halfPoints, bool bold = false, int? outline = null, string? basedOn = "Normal", int before = 0, int after = 120, bool keepNext = false, JustificationValues? justify = null)
        {
            var paragraph = new StyleParagraphProperties();
            if (keepNext)
            {
                paragraph.Append(new KeepNext());
            }
            paragraph.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
            if (justify is { } j)
            {
                paragraph.Append(new Justification { Val = j });
            }
            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }
            var run = new StyleRunProperties(Fonts(font));
            if (bold)
            {
                run.Append(new Bold());
            }
            run.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            var style = new Style(new StyleName { Val = name });
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
            }
            style.Append(new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run);
            style.Type = StyleValues.Paragraph;
            style.StyleId = id;
            return style;
        }
        var normal = Paragraph("Normal", "Normal", Serif, 24, basedOn: null, justify: JustificationValues.Both);
        normal.Default = true;
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(Serif), new Languages { Val = "ru-RU" })),
                new ParagraphPropertiesDefault()),
            normal,
            Paragraph("Title", "Title", Sans, 40, bold: true, before: 480, after: 240, justify: JustificationValues.Center),
            Paragraph("Subtitle", "Subtitle", Sans, 28, after: 200, justify: JustificationValues.Center),
            Paragraph("Heading1", "heading 1", Sans, 30, bold: true, outline: 0, before: 360, after: 160, keepNext: true),
            Paragraph("Heading2", "heading 2", Sans, 26, bold: true, outline: 1, before: 240, after: 120, keepNext: true),
            Paragraph("TOCHeading", "TOC Heading", Sans, 30, bold: true, after: 200),
            Paragraph("Caption", "caption", Sans, 18, after: 240),
            Paragraph("ListParagraph", "List Paragraph", Serif, 24, after: 60),
            Paragraph("TableText", "Table Text", Sans, 18, after: 0),
            Paragraph("Footer", "footer", Sans, 18, after: 0),
            new Style(
                new StyleName { Val = "Pack Table" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" }),
                    new TableCellMarginDefault(new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "PackTable" });
    }
}
