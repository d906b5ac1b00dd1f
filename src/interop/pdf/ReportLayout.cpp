#include "interop/pdf/ReportLayout.h"

#include "interop/pdf/ReportPageHeader.h"
#include "interop/pdf/ReportStyle.h"
#include "interop/pdf/ReportText.h"
#include "interop/pdf/Tr.h"

#include <QMap>

#include <algorithm>

namespace sgl::interop::pdf {

namespace rt = reporttext;
using namespace reportstyle;

namespace {

// Results table columns.
constexpr double ColLabel = Left + 4;
constexpr double ColLabelWidth = 196;
constexpr double ColValue = Left + 204;
constexpr double ColFlag = Left + 268;
constexpr double ColUnit = Left + 288;
constexpr double ColRange = Left + 340;
constexpr double ColRangeWidth = 92;
constexpr double ColPrevious = Left + 436;
constexpr double ColPreviousWidth = Right - (Left + 436);

Rgb flagColor(const std::optional<domain::AbnormalFlag> &f)
{
    using F = domain::AbnormalFlag;
    if (!f)
        return Black;
    switch (*f) {
    case F::High:
    case F::CriticalHigh:
    case F::AboveAbsoluteHigh:
    case F::Abnormal:
    case F::CriticalAbnormal: return Red;
    case F::Low:
    case F::CriticalLow:
    case F::BelowAbsoluteLow: return Blue;
    case F::Normal: return Black;
    }
    return Black;
}

} // namespace

ReportLayout::ReportLayout(const PdfLayoutOptions &options, const PdfFontProvider &fonts,
                           const domain::ReportContent &content,
                           std::shared_ptr<const DataMatrixSymbol> symbol)
    : ReportCanvas(fonts), m_options(options), m_content(content), m_symbol(std::move(symbol))
{
}

std::vector<PageDisplayList> ReportLayout::layout()
{
    m_pages.clear();
    m_drawOn = nullptr;
    newPage();
    for (const auto &c : m_content.chapters)
        chapter(c);
    m_inTable = false;
    m_currentChapter = nullptr;
    closingSections();
    footers();
    return std::move(m_pages);
}

bool ReportLayout::ensureSpace(double height)
{
    if (m_y - height >= FooterTop)
        return false;
    newPage();
    return true;
}

// ---------------------------------------------------------------- page frame

void ReportLayout::newPage()
{
    m_pages.emplace_back();
    m_y = PageHeight - Margin;
    ReportPageHeader header(*this, m_options.letterhead, m_content, m_symbol);
    m_y = header.letterhead(m_y);
    if (m_pages.size() == 1) {
        m_y = header.titleAndMentions(m_y);
        m_y = header.patientBlock(m_y);
    } else {
        m_y = header.patientBand(m_y);
    }
    if (m_inTable) {
        tableHeader();
        continueChapterHeader();
    }
}

// ---------------------------------------------------------------- results table

void ReportLayout::tableHeader()
{
    const double h = 13;
    rect(Left, m_y - h, Right - Left, h, Navy);
    const double y = m_y - 9.5;
    text(ColLabel, y, FontStyle::Bold, 7.5, Tr::tr("Analyse"), White);
    text(ColValue, y, FontStyle::Bold, 7.5, Tr::tr("Résultat"), White);
    text(ColUnit, y, FontStyle::Bold, 7.5, Tr::tr("Unité"), White);
    text(ColRange, y, FontStyle::Bold, 7.5, Tr::tr("Valeurs de référence"), White);
    text(ColPrevious, y, FontStyle::Bold, 7.5, Tr::tr("Antériorité"), White);
    m_y -= h + 4;
}

void ReportLayout::continueChapterHeader()
{
    if (!m_currentChapter)
        return;
    const double h = 14;
    rect(Left, m_y - h, Right - Left, h, BandFill);
    text(Left + 4, m_y - 10, FontStyle::Bold, 8.5,
         Tr::tr("%1 (suite)").arg(m_currentChapter->title.toUpper()), Navy);
    m_y -= h + 4;
}

void ReportLayout::chapter(const domain::ReportChapter &c)
{
    if (!m_inTable) {
        ensureSpace(13 + 4 + 18 + 30);
        tableHeader();
        m_inTable = true;
    }
    m_currentChapter = nullptr; // a header printed just below must not say "(suite)"
    ensureSpace(18 + 30);       // never a chapter title alone at the bottom of a page
    const double h = 14;
    rect(Left, m_y - h, Right - Left, h, BandFill);
    text(Left + 4, m_y - 10, FontStyle::Bold, 9, c.title.toUpper(), Navy);
    m_y -= h + 4;
    m_currentChapter = &c;
    for (const auto &b : c.batteries)
        battery(c, b);
    if (!c.comment.isEmpty())
        paragraph(Tr::tr("Commentaire"), c.comment);
    m_y -= 4;
}

void ReportLayout::battery(const domain::ReportChapter &c, const domain::ReportBattery &b)
{
    ensureSpace(12 + 24);
    double y = m_y - 9;
    const double w = text(ColLabel, y, FontStyle::Bold, 8.5, b.label);
    QStringList specimen;
    if (!b.specimenTypeDisplay.isEmpty())
        specimen << b.specimenTypeDisplay;
    if (b.collectedAt.isValid())
        specimen << Tr::tr("prélevé le %1").arg(rt::dateTime(b.collectedAt));
    if (!specimen.isEmpty())
        text(ColLabel + w + 6, y, FontStyle::Regular, 7, specimen.join(QStringLiteral(", ")), Gray);
    m_y -= 13;
    for (const auto &o : b.observations)
        observation(c, o);
    if (!b.comment.isEmpty())
        paragraph(QString(), b.comment);
    m_y -= 3;
}

void ReportLayout::observation(const domain::ReportChapter &, const domain::ReportObservation &o)
{
    const bool pro = !m_content.patientVersion;
    const QStringList labelLines = wrap(FontStyle::Regular, 8.5, o.label, ColLabelWidth - 8);
    const QStringList rangeLines = wrap(FontStyle::Regular, 7, rt::ranges(o.referenceIntervals), ColRangeWidth);
    QStringList notes; // small lines under the row
    if (o.secondUnitValue)
        notes << Tr::tr("Soit %1 %2").arg(rt::value(*o.secondUnitValue), rt::unit(o.secondUnitValue->unit));
    if (!o.method.isEmpty())
        notes << Tr::tr("Méthode : %1").arg(o.method);
    if (o.amended)
        notes << Tr::tr("* Résultat modifié par rapport à la version précédente");
    // Named only when another biologist than the report's signatory validated this result.
    if (o.validator && !o.validator->familyName.isEmpty()
        && (o.validator->rpps != m_content.author.rpps || o.validator->familyName != m_content.author.familyName))
        notes << (o.validatedAt.isValid()
                      ? Tr::tr("Validé par %1 le %2").arg(rt::professional(*o.validator), rt::dateTime(o.validatedAt))
                      : Tr::tr("Validé par %1").arg(rt::professional(*o.validator)));
    if (o.autoValidated)
        notes << Tr::tr("Validé selon les règles du laboratoire");
    if (o.performer)
        notes << Tr::tr("Analyse transmise pour réalisation à : %1%2")
                     .arg(rt::organisation(*o.performer),
                          o.performer->finess.isEmpty() ? QString()
                                                        : Tr::tr(" (FINESS %1)").arg(o.performer->finess));
    QStringList noteLines;
    for (const QString &n : notes)
        noteLines << wrap(FontStyle::Regular, 6.8, n, Right - ColLabel - 12);
    QStringList commentLines;
    if (!o.comment.isEmpty())
        commentLines << wrap(FontStyle::Regular, 7.3, o.comment, Right - ColLabel - 12);
    if (pro && !o.professionalComment.isEmpty())
        commentLines << wrap(FontStyle::Regular, 7.3,
                             Tr::tr("Note pour le prescripteur : %1").arg(o.professionalComment),
                             Right - ColLabel - 12);

    const double rowLines = std::max<double>({double(labelLines.size()), double(rangeLines.size()),
                                              o.previous ? 2.0 : 1.0});
    const double height = rowLines * 10 + noteLines.size() * 8.5 + commentLines.size() * 9 + 3;
    ensureSpace(height);

    double y = m_y - 8.5;
    for (qsizetype i = 0; i < labelLines.size(); ++i)
        text(ColLabel + 4, y - i * 10, FontStyle::Regular, 8.5, labelLines[i]);

    const bool abnormal = rt::isAbnormal(o.flag);
    if (o.cancelled) {
        text(ColValue, y, FontStyle::Regular, 8, Tr::tr("Annulé"), Gray);
    } else if (!o.completed || o.value.kind == domain::ResultValue::Kind::Empty) {
        text(ColValue, y, FontStyle::Regular, 8, Tr::tr("En attente"), Orange);
    } else {
        const Rgb color = abnormal ? flagColor(o.flag) : Black;
        QString value = rt::value(o.value);
        if (o.amended)
            value += QLatin1Char('*');
        const auto valueLines = wrap(abnormal ? FontStyle::Bold : FontStyle::Regular, 8.5, value,
                                     ColFlag - ColValue - 4);
        for (qsizetype i = 0; i < valueLines.size(); ++i)
            text(ColValue, y - i * 10, abnormal ? FontStyle::Bold : FontStyle::Regular, 8.5,
                 valueLines[i], color);
        text(ColFlag, y, FontStyle::Bold, 8, rt::flag(o.flag), color);
        text(ColUnit, y, FontStyle::Regular, 7.5, elide(FontStyle::Regular, 7.5, rt::unit(o.value.unit), ColRange - ColUnit - 4));
    }
    for (qsizetype i = 0; i < rangeLines.size(); ++i)
        text(ColRange, y - i * 10, FontStyle::Regular, 7, rangeLines[i], Gray);
    if (o.previous) {
        const QString prev = QStringLiteral("%1 %2").arg(rt::value(o.previous->value),
                                                         rt::unit(o.previous->value.unit)).trimmed();
        text(ColPrevious, y, FontStyle::Regular, 7.5, elide(FontStyle::Regular, 7.5, prev, ColPreviousWidth), Gray);
        text(ColPrevious, y - 9, FontStyle::Regular, 6.5,
             Tr::tr("le %1").arg(rt::date(o.previous->observedAt.date())), Gray);
    }
    y -= rowLines * 10;
    for (const QString &l : noteLines) {
        text(ColLabel + 12, y + 1.5, FontStyle::Regular, 6.8, l, Gray);
        y -= 8.5;
    }
    for (const QString &l : commentLines) {
        text(ColLabel + 12, y + 1, FontStyle::Regular, 7.3, l, Navy);
        y -= 9;
    }
    m_y -= height;
    line(ColLabel, m_y + 1.5, Right, m_y + 1.5, 0.25, {0.85, 0.85, 0.85});
}

// ---------------------------------------------------------------- after the table

void ReportLayout::paragraph(const QString &heading, const QString &body)
{
    const QStringList lines = wrap(FontStyle::Regular, 7.8, body, Right - Left - 16);
    double needed = lines.size() * 9.5 + (heading.isEmpty() ? 4 : 15);
    ensureSpace(std::min(needed, 60.0));
    if (!heading.isEmpty()) {
        m_y -= 10;
        text(Left + 4, m_y, FontStyle::Bold, 8, heading, Navy);
        m_y -= 1;
    }
    for (const QString &l : lines) {
        ensureSpace(9.5);
        m_y -= 9.5;
        text(Left + 8, m_y, FontStyle::Regular, 7.8, l);
    }
    m_y -= 4;
}

void ReportLayout::closingSections()
{
    const bool pro = !m_content.patientVersion;
    m_y -= 4;
    if (!m_content.generalComment.isEmpty())
        paragraph(Tr::tr("Commentaire du biologiste"), m_content.generalComment);
    if (pro && !m_content.professionalComment.isEmpty())
        paragraph(Tr::tr("Note pour le prescripteur"), m_content.professionalComment);

    // One line per subcontracting laboratory, with the analyses it performed.
    QMap<QString, QStringList> subcontracted;
    QMap<QString, QString> orgText;
    for (const auto &c : m_content.chapters)
        for (const auto &b : c.batteries)
            for (const auto &o : b.observations)
                if (o.performer) {
                    const QString key = o.performer->finess + QLatin1Char('|') + o.performer->name;
                    subcontracted[key] << o.label;
                    orgText[key] = rt::organisation(*o.performer)
                        + (o.performer->finess.isEmpty() ? QString()
                                                         : Tr::tr(" (FINESS %1)").arg(o.performer->finess));
                }
    if (!subcontracted.isEmpty()) {
        QStringList lines;
        for (auto it = subcontracted.cbegin(); it != subcontracted.cend(); ++it)
            lines << Tr::tr("%1 : %2").arg(orgText[it.key()], it.value().join(QStringLiteral(", ")));
        paragraph(Tr::tr("Analyses sous-traitées"), lines.join(QLatin1Char('\n')));
    }
    if (!m_content.attachments.isEmpty()) {
        QStringList lines;
        for (const auto &a : m_content.attachments)
            lines << Tr::tr("%1 – %2").arg(a.title, a.producer.name);
        paragraph(Tr::tr("Comptes rendus joints à la version électronique"), lines.join(QLatin1Char('\n')));
    }
    if (pro && !m_content.recipients.isEmpty()) {
        QStringList names;
        for (const auto &r : m_content.recipients)
            names << rt::professional(r);
        paragraph(Tr::tr("Copie adressée à"), names.join(QStringLiteral(", ")));
    }

    ensureSpace(46);
    m_y -= 6;
    text(Left + 4, m_y, FontStyle::Regular, 6.5,
         Tr::tr("H : supérieur aux valeurs de référence · B : inférieur · HH / BB : valeur critique · "
            "A : anormal · * : résultat modifié"),
         Gray);
    m_y -= 8;
    const double boxHeight = 26;
    rect(Left, m_y - boxHeight, Right - Left, boxHeight, BoxFill, true, LightGray);
    QString who = rt::professional(m_content.author);
    if (!m_content.author.specialtyDisplay.isEmpty())
        who += QStringLiteral(", ") + m_content.author.specialtyDisplay;
    const QString when = rt::dateTime(m_content.validatedAt.isValid() ? m_content.validatedAt
                                                                      : m_content.effectiveTime);
    text(Left + 8, m_y - 11, FontStyle::Bold, 8.5,
         m_content.partial ? Tr::tr("Résultats validés biologiquement (compte rendu partiel)")
                           : Tr::tr("Compte rendu validé biologiquement"));
    text(Left + 8, m_y - 21, FontStyle::Regular, 8, Tr::tr("par %1, le %2").arg(who, when));
    m_y -= boxHeight + 4;
}

void ReportLayout::footers()
{
    const auto total = m_pages.size();
    const Letterhead &lh = m_options.letterhead;
    QStringList ref;
    if (!m_content.dossierNumber.isEmpty())
        ref << Tr::tr("Dossier n° %1").arg(m_content.dossierNumber);
    ref << Tr::tr("édité le %1").arg(rt::dateTime(m_content.effectiveTime));
    ref << (m_content.versionNumber > 1 ? Tr::tr("version %1 – rectificatif").arg(m_content.versionNumber)
                                        : Tr::tr("version %1").arg(m_content.versionNumber));
    if (m_content.partial)
        ref << Tr::tr("partiel");
    for (std::size_t i = 0; i < total; ++i) {
        m_drawOn = &m_pages[i];
        if (!lh.footerNote.isEmpty())
            textCentered(PageWidth / 2, 50, FontStyle::Regular, 6.3, lh.footerNote, Gray);
        line(Left, 44, Right, 44, 0.5, LightGray);
        const QString pageNumber = Tr::tr("Page %1/%2").arg(i + 1).arg(total);
        const double room = Right - Left - m_fonts.width(FontStyle::Bold, 8, pageNumber) - 12;
        // The reference (dossier, version, rectificatif) matters more than the lab name here.
        const QString footer = lh.labName + QStringLiteral(" – ") + ref.join(QStringLiteral(" – "));
        text(Left, 34, FontStyle::Regular, 6.8,
             m_fonts.width(FontStyle::Regular, 6.8, footer) <= room
                 ? footer
                 : elide(FontStyle::Regular, 6.8, ref.join(QStringLiteral(" – ")), room),
             Gray);
        textRight(Right, 34, FontStyle::Bold, 8, pageNumber);
    }
    m_drawOn = nullptr;
}

} // namespace sgl::interop::pdf
