#include "interop/pdf/ReportLayout.h"

#include "interop/pdf/ReportText.h"
#include "interop/pdf/Tr.h"

#include <QMap>

#include <algorithm>

namespace sgl::interop::pdf {

namespace rt = reporttext;

namespace {

constexpr Rgb Black{0, 0, 0};
constexpr Rgb Gray{0.38, 0.38, 0.38};
constexpr Rgb LightGray{0.75, 0.75, 0.75};
constexpr Rgb BandFill{0.89, 0.93, 0.97};
constexpr Rgb BoxFill{0.965, 0.965, 0.965};
constexpr Rgb White{1, 1, 1};
constexpr Rgb Navy{0.09, 0.22, 0.42};
constexpr Rgb Red{0.75, 0.05, 0.05};
constexpr Rgb Blue{0.05, 0.25, 0.70};
constexpr Rgb Orange{0.78, 0.40, 0.0};

constexpr double FooterTop = 62.0;   // flow stops above this
constexpr double Left = ReportLayout::Margin;
constexpr double Right = ReportLayout::PageWidth - ReportLayout::Margin;

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
    letterhead();
    if (m_pages.size() == 1) {
        titleAndMentions();
        patientBlock();
    } else {
        patientBand();
    }
    if (m_inTable) {
        tableHeader();
        continueChapterHeader();
    }
}

void ReportLayout::letterhead()
{
    const Letterhead &lh = m_options.letterhead;
    const double top = m_y;
    const double nameWidth = lh.cofracAccreditation.isEmpty() ? Right - Left : Right - Left - 160;
    double y = top + 2;
    for (const QString &l : wrap(FontStyle::Bold, 12.5, lh.labName, nameWidth)) {
        y -= 14;
        text(Left, y, FontStyle::Bold, 12.5, l, Navy);
    }
    if (!lh.legalForm.isEmpty()) {
        y -= 9;
        text(Left, y, FontStyle::Regular, 6.5, lh.legalForm, Gray);
    }
    y -= 10;
    text(Left, y, FontStyle::Regular, 7.5,
         QStringLiteral("%1 – %2 %3").arg(lh.streetLine, lh.postalCode, lh.city));
    QStringList contact{Tr::tr("Tél. %1").arg(lh.phone)};
    if (!lh.email.isEmpty())
        contact << lh.email;
    if (!lh.website.isEmpty())
        contact << lh.website;
    y -= 9;
    text(Left, y, FontStyle::Regular, 7.5, contact.join(QStringLiteral(" · ")));
    if (!lh.finess.isEmpty()) {
        y -= 9;
        text(Left, y, FontStyle::Regular, 7, Tr::tr("FINESS %1").arg(lh.finess), Gray);
    }
    if (!lh.biologists.isEmpty()) {
        for (const QString &l : wrap(FontStyle::Regular, 6.5,
                                     Tr::tr("Biologistes : %1").arg(lh.biologists.join(QStringLiteral(", "))),
                                     330)) {
            y -= 8;
            text(Left, y, FontStyle::Regular, 6.5, l, Gray);
        }
    }
    double bottom = y;
    if (!lh.cofracAccreditation.isEmpty()) {
        const double boxWidth = 150;
        QStringList lines{Tr::tr("Accréditation COFRAC n° %1").arg(lh.cofracAccreditation)};
        lines << wrap(FontStyle::Regular, 6.5,
                      lh.cofracScope.isEmpty() ? Tr::tr("Portée disponible sur www.cofrac.fr") : lh.cofracScope,
                      boxWidth - 10);
        const double boxHeight = 8 + lines.size() * 8.5;
        page().ops.emplace_back(RectOp{Right - boxWidth, top - boxHeight, boxWidth, boxHeight, true,
                                       White, true, Navy, 0.6});
        double by = top - 10;
        textCentered(Right - boxWidth / 2, by, FontStyle::Bold, 7, lines.first(), Navy);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            by -= 8.5;
            textCentered(Right - boxWidth / 2, by, FontStyle::Regular, 6.5, lines[i], Navy);
        }
        bottom = std::min(bottom, top - boxHeight);
    }
    m_y = bottom - 6;
    line(Left, m_y, Right, m_y, 0.8, Navy);
    m_y -= 6;
}

void ReportLayout::titleAndMentions()
{
    m_y -= 12;
    textCentered(PageWidth / 2, m_y, FontStyle::Bold, 12,
                 Tr::tr("Compte rendu d'examens de biologie médicale"), Navy);
    if (m_content.versionNumber > 1) {
        m_y -= 13;
        textCentered(PageWidth / 2, m_y, FontStyle::Bold, 9,
                     Tr::tr("RECTIFICATIF – version %1, annule et remplace la version précédente")
                         .arg(m_content.versionNumber),
                     Red);
        if (!m_content.amendmentReason.isEmpty())
            for (const QString &l : wrap(FontStyle::Regular, 7.5,
                                         Tr::tr("Motif : %1").arg(m_content.amendmentReason), 440)) {
                m_y -= 9.5;
                textCentered(PageWidth / 2, m_y, FontStyle::Regular, 7.5, l, Red);
            }
    }
    if (m_content.partial) {
        m_y -= 12;
        textCentered(PageWidth / 2, m_y, FontStyle::Bold, 9,
                     Tr::tr("COMPTE RENDU PARTIEL – des résultats sont en attente"), Orange);
    }
    m_y -= 11;
    textCentered(PageWidth / 2, m_y, FontStyle::Regular, 7.5,
                 m_content.patientVersion ? Tr::tr("Exemplaire patient")
                                          : Tr::tr("Exemplaire destiné au professionnel de santé"),
                 Gray);
    m_y -= 8;
}

QString ReportLayout::patientDisplayName() const
{
    const auto &t = m_content.patient.traits;
    const QString family = t.usedName.isEmpty() ? t.birthName : t.usedName;
    QString given = t.usedFirstName;
    if (given.isEmpty())
        given = t.firstBirthName.isEmpty() && !t.birthFirstNames.isEmpty() ? t.birthFirstNames.first()
                                                                            : t.firstBirthName;
    return QStringLiteral("%1 %2").arg(family.toUpper(), given).trimmed();
}

void ReportLayout::drawDataMatrix(double right, double top)
{
    // White square with a two-module quiet zone under the symbol, caption below.
    const double module = DataMatrixSize / m_symbol->columns;
    const double x = right - DataMatrixSize;
    const double y = top - DataMatrixSize;
    rect(x - 2 * module, y - 2 * module, DataMatrixSize + 4 * module, DataMatrixSize + 4 * module, White);
    page().ops.emplace_back(DataMatrixOp{x, y, DataMatrixSize, m_symbol});
    textCentered(x + DataMatrixSize / 2, y - 2 * module - 8, FontStyle::Bold, 7,
                 InsDataMatrix::caption());
}

void ReportLayout::patientBlock()
{
    const auto &p = m_content.patient;
    const auto &t = p.traits;
    const double top = m_y;
    const double matrixRoom = m_symbol ? DataMatrixSize + 16 : 0;
    const double col2 = Left + 262;
    const double col2Width = Right - matrixRoom - col2 - 6;

    QList<std::pair<QString, QString>> rows; // label, value
    rows.append({Tr::tr("Nom de naissance"), t.birthName.toUpper()});
    if (!t.usedName.isEmpty() && t.usedName.compare(t.birthName, Qt::CaseInsensitive) != 0)
        rows.append({Tr::tr("Nom utilisé"), t.usedName.toUpper()});
    QStringList given = t.birthFirstNames;
    if (given.isEmpty() && !t.firstBirthName.isEmpty())
        given << t.firstBirthName;
    rows.append({Tr::tr("Prénom(s)"), given.join(QLatin1Char(' '))});
    QString birth = rt::birthDate(t);
    if (birth.isEmpty())
        birth = Tr::tr("inconnue");
    rows.append({Tr::tr("Né(e) le"), Tr::tr("%1 – sexe : %2")
                                     .arg(birth, t.sex == domain::Sex::Female  ? Tr::tr("F")
                                                 : t.sex == domain::Sex::Male ? Tr::tr("M")
                                                                               : Tr::tr("inconnu"))});
    if (p.insUsable())
        rows.append({Tr::tr("INS (%1)").arg(rt::insNature(p.ins.oid)), rt::insGrouped(p.ins)});
    if (!p.localId.isEmpty())
        rows.append({Tr::tr("IPP"), p.localId});
    if (!m_content.dossierNumber.isEmpty())
        rows.append({Tr::tr("Dossier n°"), m_content.dossierNumber});
    if (m_content.collectedAt.isValid())
        rows.append({Tr::tr("Prélevé le"), rt::dateTime(m_content.collectedAt)});
    if (m_content.receivedAt.isValid())
        rows.append({Tr::tr("Reçu le"), rt::dateTime(m_content.receivedAt)});
    if (m_content.patientVersion && !p.address.isEmpty())
        rows.append({Tr::tr("Adresse"), p.address});

    // Measure first: the box is drawn before its text (painter order = stacking order).
    double leftHeight = 16 + 12;
    QList<QStringList> wrapped;
    for (const auto &[label, value] : rows) {
        wrapped.append(wrap(FontStyle::Regular, 8, value, col2 - Left - 100));
        leftHeight += 10 * wrapped.last().size();
    }
    QStringList prescriberLines;
    if (m_content.prescriber) {
        const auto &pr = *m_content.prescriber;
        prescriberLines << wrap(FontStyle::Regular, 7.5, pr.address, col2Width);
        if (!pr.phone.isEmpty())
            prescriberLines << Tr::tr("Tél. %1").arg(pr.phone);
        if (m_content.prescribedAt.isValid())
            prescriberLines << Tr::tr("Prescription du %1").arg(rt::date(m_content.prescribedAt.date()));
    }
    const double middleHeight = 16 + 12 + 10 + prescriberLines.size() * 9;
    const double matrixHeight = m_symbol ? DataMatrixSize + 30 : 0;
    const double height = std::max({leftHeight, middleHeight, matrixHeight}) + 4;

    rect(Left, top - height, Right - Left, height, BoxFill, true, LightGray);
    double y = top - 14;
    text(Left + 8, y, FontStyle::Bold, 10.5, elide(FontStyle::Bold, 10.5, patientDisplayName(), col2 - Left - 16), Navy);
    y -= 4;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (qsizetype l = 0; l < wrapped[i].size(); ++l) {
            y -= 10;
            if (l == 0)
                text(Left + 8, y, FontStyle::Regular, 7.5, rows[i].first + QStringLiteral(" :"), Gray);
            text(Left + 100, y, FontStyle::Regular, 8, wrapped[i][l]);
        }
    }

    double my = top - 14;
    text(col2, my, FontStyle::Bold, 8, Tr::tr("Prescripteur"), Gray);
    my -= 11;
    if (m_content.prescriber) {
        text(col2, my, FontStyle::Bold, 9,
             elide(FontStyle::Bold, 9, rt::professional(*m_content.prescriber), col2Width));
        for (const QString &l : prescriberLines) {
            my -= 9;
            text(col2, my, FontStyle::Regular, 7.5, l);
        }
    } else {
        text(col2, my, FontStyle::Regular, 8, Tr::tr("non renseigné"), Gray);
    }

    if (m_symbol)
        drawDataMatrix(Right - 10, top - 10);
    m_y = top - height - 10;
}

void ReportLayout::patientBand()
{
    const auto &p = m_content.patient;
    const auto &t = p.traits;
    const double top = m_y;
    const double height = m_symbol ? DataMatrixSize + 30 : 30;
    rect(Left, top - height, Right - Left, height, BoxFill, true, LightGray);
    double y = top - 14;
    const double bandWidth = Right - Left - 16 - (m_symbol ? DataMatrixSize + 16 : 0);
    text(Left + 8, y, FontStyle::Bold, 10, elide(FontStyle::Bold, 10, patientDisplayName(), bandWidth), Navy);
    y -= 11;
    QStringList parts;
    if (!t.usedName.isEmpty() && t.usedName.compare(t.birthName, Qt::CaseInsensitive) != 0)
        parts << Tr::tr("nom de naissance %1").arg(t.birthName.toUpper());
    if (const QString birth = rt::birthDate(t); !birth.isEmpty())
        parts << Tr::tr("né(e) le %1").arg(birth);
    if (!m_content.dossierNumber.isEmpty())
        parts << Tr::tr("dossier n° %1").arg(m_content.dossierNumber);
    text(Left + 8, y, FontStyle::Regular, 8, elide(FontStyle::Regular, 8, parts.join(QStringLiteral(" – ")), bandWidth));
    if (p.insUsable()) {
        y -= 11;
        text(Left + 8, y, FontStyle::Regular, 8,
             Tr::tr("INS (%1) : %2").arg(rt::insNature(p.ins.oid), rt::insGrouped(p.ins)));
    }
    if (m_symbol)
        drawDataMatrix(Right - 10, top - 10);
    m_y = top - height - 8;
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
