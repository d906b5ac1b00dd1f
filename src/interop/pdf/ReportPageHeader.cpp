#include "interop/pdf/ReportPageHeader.h"

#include "interop/pdf/InsDataMatrix.h"
#include "interop/pdf/ReportStyle.h"
#include "interop/pdf/ReportText.h"
#include "interop/pdf/Tr.h"

#include <algorithm>

namespace sgl::interop::pdf {

namespace rt = reporttext;
using namespace reportstyle;

ReportPageHeader::ReportPageHeader(ReportCanvas &canvas, const Letterhead &letterhead,
                                   const domain::ReportContent &content, std::shared_ptr<const DataMatrixSymbol> symbol)
    : m_canvas(canvas), m_letterhead(letterhead), m_content(content), m_symbol(std::move(symbol))
{
}

double ReportPageHeader::letterhead(double cursor)
{
    const Letterhead &lh = m_letterhead;
    const double top = cursor;
    const double nameWidth = lh.cofracAccreditation.isEmpty() ? Right - Left : Right - Left - 160;
    double y = top + 2;
    for (const QString &l : m_canvas.wrap(FontStyle::Bold, 12.5, lh.labName, nameWidth)) {
        y -= 14;
        m_canvas.text(Left, y, FontStyle::Bold, 12.5, l, Navy);
    }
    if (!lh.legalForm.isEmpty()) {
        y -= 9;
        m_canvas.text(Left, y, FontStyle::Regular, 6.5, lh.legalForm, Gray);
    }
    y -= 10;
    m_canvas.text(Left, y, FontStyle::Regular, 7.5,
         QStringLiteral("%1 – %2 %3").arg(lh.streetLine, lh.postalCode, lh.city));
    QStringList contact{Tr::tr("Tél. %1").arg(lh.phone)};
    if (!lh.email.isEmpty())
        contact << lh.email;
    if (!lh.website.isEmpty())
        contact << lh.website;
    y -= 9;
    m_canvas.text(Left, y, FontStyle::Regular, 7.5, contact.join(QStringLiteral(" · ")));
    if (!lh.finess.isEmpty()) {
        y -= 9;
        m_canvas.text(Left, y, FontStyle::Regular, 7, Tr::tr("FINESS %1").arg(lh.finess), Gray);
    }
    if (!lh.biologists.isEmpty()) {
        for (const QString &l : m_canvas.wrap(FontStyle::Regular, 6.5,
                                     Tr::tr("Biologistes : %1").arg(lh.biologists.join(QStringLiteral(", "))),
                                     330)) {
            y -= 8;
            m_canvas.text(Left, y, FontStyle::Regular, 6.5, l, Gray);
        }
    }
    double bottom = y;
    if (!lh.cofracAccreditation.isEmpty()) {
        const double boxWidth = 150;
        QStringList lines{Tr::tr("Accréditation COFRAC n° %1").arg(lh.cofracAccreditation)};
        lines << m_canvas.wrap(FontStyle::Regular, 6.5,
                      lh.cofracScope.isEmpty() ? Tr::tr("Portée disponible sur www.cofrac.fr") : lh.cofracScope,
                      boxWidth - 10);
        const double boxHeight = 8 + lines.size() * 8.5;
        m_canvas.page().ops.emplace_back(RectOp{Right - boxWidth, top - boxHeight, boxWidth, boxHeight, true,
                                       White, true, Navy, 0.6});
        double by = top - 10;
        m_canvas.textCentered(Right - boxWidth / 2, by, FontStyle::Bold, 7, lines.first(), Navy);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            by -= 8.5;
            m_canvas.textCentered(Right - boxWidth / 2, by, FontStyle::Regular, 6.5, lines[i], Navy);
        }
        bottom = std::min(bottom, top - boxHeight);
    }
    cursor = bottom - 6;
    m_canvas.line(Left, cursor, Right, cursor, 0.8, Navy);
    cursor -= 6;
    return cursor;
}

double ReportPageHeader::titleAndMentions(double cursor)
{
    cursor -= 12;
    m_canvas.textCentered(PageWidth / 2, cursor, FontStyle::Bold, 12,
                 Tr::tr("Compte rendu d'examens de biologie médicale"), Navy);
    if (m_content.versionNumber > 1) {
        cursor -= 13;
        m_canvas.textCentered(PageWidth / 2, cursor, FontStyle::Bold, 9,
                     Tr::tr("RECTIFICATIF – version %1, annule et remplace la version précédente")
                         .arg(m_content.versionNumber),
                     Red);
        if (!m_content.amendmentReason.isEmpty())
            for (const QString &l : m_canvas.wrap(FontStyle::Regular, 7.5,
                                         Tr::tr("Motif : %1").arg(m_content.amendmentReason), 440)) {
                cursor -= 9.5;
                m_canvas.textCentered(PageWidth / 2, cursor, FontStyle::Regular, 7.5, l, Red);
            }
    }
    if (m_content.partial) {
        cursor -= 12;
        m_canvas.textCentered(PageWidth / 2, cursor, FontStyle::Bold, 9,
                     Tr::tr("COMPTE RENDU PARTIEL – des résultats sont en attente"), Orange);
    }
    cursor -= 11;
    m_canvas.textCentered(PageWidth / 2, cursor, FontStyle::Regular, 7.5,
                 m_content.patientVersion ? Tr::tr("Exemplaire patient")
                                          : Tr::tr("Exemplaire destiné au professionnel de santé"),
                 Gray);
    cursor -= 8;
    return cursor;
}

QString ReportPageHeader::patientDisplayName() const
{
    const auto &t = m_content.patient.traits;
    const QString family = t.usedName.isEmpty() ? t.birthName : t.usedName;
    QString given = t.usedFirstName;
    if (given.isEmpty())
        given = t.firstBirthName.isEmpty() && !t.birthFirstNames.isEmpty() ? t.birthFirstNames.first()
                                                                            : t.firstBirthName;
    return QStringLiteral("%1 %2").arg(family.toUpper(), given).trimmed();
}

void ReportPageHeader::drawDataMatrix(double right, double top)
{
    // White square with a two-module quiet zone under the symbol, caption below.
    const double module = DataMatrixSize / m_symbol->columns;
    const double x = right - DataMatrixSize;
    const double y = top - DataMatrixSize;
    m_canvas.rect(x - 2 * module, y - 2 * module, DataMatrixSize + 4 * module, DataMatrixSize + 4 * module, White);
    m_canvas.page().ops.emplace_back(DataMatrixOp{x, y, DataMatrixSize, m_symbol});
    m_canvas.textCentered(x + DataMatrixSize / 2, y - 2 * module - 8, FontStyle::Bold, 7,
                 InsDataMatrix::caption());
}

double ReportPageHeader::patientBlock(double cursor)
{
    const auto &p = m_content.patient;
    const auto &t = p.traits;
    const double top = cursor;
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
        wrapped.append(m_canvas.wrap(FontStyle::Regular, 8, value, col2 - Left - 100));
        leftHeight += 10 * wrapped.last().size();
    }
    QStringList prescriberLines;
    if (m_content.prescriber) {
        const auto &pr = *m_content.prescriber;
        prescriberLines << m_canvas.wrap(FontStyle::Regular, 7.5, pr.address, col2Width);
        if (!pr.phone.isEmpty())
            prescriberLines << Tr::tr("Tél. %1").arg(pr.phone);
        if (m_content.prescribedAt.isValid())
            prescriberLines << Tr::tr("Prescription du %1").arg(rt::date(m_content.prescribedAt.date()));
    }
    const double middleHeight = 16 + 12 + 10 + prescriberLines.size() * 9;
    const double matrixHeight = m_symbol ? DataMatrixSize + 30 : 0;
    const double height = std::max({leftHeight, middleHeight, matrixHeight}) + 4;

    m_canvas.rect(Left, top - height, Right - Left, height, BoxFill, true, LightGray);
    double y = top - 14;
    m_canvas.text(Left + 8, y, FontStyle::Bold, 10.5, m_canvas.elide(FontStyle::Bold, 10.5, patientDisplayName(), col2 - Left - 16), Navy);
    y -= 4;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (qsizetype l = 0; l < wrapped[i].size(); ++l) {
            y -= 10;
            if (l == 0)
                m_canvas.text(Left + 8, y, FontStyle::Regular, 7.5, rows[i].first + QStringLiteral(" :"), Gray);
            m_canvas.text(Left + 100, y, FontStyle::Regular, 8, wrapped[i][l]);
        }
    }

    double my = top - 14;
    m_canvas.text(col2, my, FontStyle::Bold, 8, Tr::tr("Prescripteur"), Gray);
    my -= 11;
    if (m_content.prescriber) {
        m_canvas.text(col2, my, FontStyle::Bold, 9,
             m_canvas.elide(FontStyle::Bold, 9, rt::professional(*m_content.prescriber), col2Width));
        for (const QString &l : prescriberLines) {
            my -= 9;
            m_canvas.text(col2, my, FontStyle::Regular, 7.5, l);
        }
    } else {
        m_canvas.text(col2, my, FontStyle::Regular, 8, Tr::tr("non renseigné"), Gray);
    }

    if (m_symbol)
        drawDataMatrix(Right - 10, top - 10);
    cursor = top - height - 10;
    return cursor;
}

double ReportPageHeader::patientBand(double cursor)
{
    const auto &p = m_content.patient;
    const auto &t = p.traits;
    const double top = cursor;
    const double height = m_symbol ? DataMatrixSize + 30 : 30;
    m_canvas.rect(Left, top - height, Right - Left, height, BoxFill, true, LightGray);
    double y = top - 14;
    const double bandWidth = Right - Left - 16 - (m_symbol ? DataMatrixSize + 16 : 0);
    m_canvas.text(Left + 8, y, FontStyle::Bold, 10, m_canvas.elide(FontStyle::Bold, 10, patientDisplayName(), bandWidth), Navy);
    y -= 11;
    QStringList parts;
    if (!t.usedName.isEmpty() && t.usedName.compare(t.birthName, Qt::CaseInsensitive) != 0)
        parts << Tr::tr("nom de naissance %1").arg(t.birthName.toUpper());
    if (const QString birth = rt::birthDate(t); !birth.isEmpty())
        parts << Tr::tr("né(e) le %1").arg(birth);
    if (!m_content.dossierNumber.isEmpty())
        parts << Tr::tr("dossier n° %1").arg(m_content.dossierNumber);
    m_canvas.text(Left + 8, y, FontStyle::Regular, 8, m_canvas.elide(FontStyle::Regular, 8, parts.join(QStringLiteral(" – ")), bandWidth));
    if (p.insUsable()) {
        y -= 11;
        m_canvas.text(Left + 8, y, FontStyle::Regular, 8,
             Tr::tr("INS (%1) : %2").arg(rt::insNature(p.ins.oid), rt::insGrouped(p.ins)));
    }
    if (m_symbol)
        drawDataMatrix(Right - 10, top - 10);
    cursor = top - height - 8;
    return cursor;
}

} // namespace sgl::interop::pdf
