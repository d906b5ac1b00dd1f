#include "app/reception/IdentityComparison.h"

#include "app/widgets/IdentityStatusBadge.h"
#include "domain/identity/NameNormaliser.h"
#include "workflow/identity/CogDirectory.h"

#include <QHBoxLayout>
#include <QTableWidget>

#include <tuple>

namespace sgl::app {

using domain::Patient;

namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString birthPlace(const Patient &p)
{
    const QString code = p.traits.birthPlaceCog;
    if (code.isEmpty())
        return {};
    if (const auto place = workflow::identity::CogDirectory::instance().find(code))
        return workflow::identity::CogDirectory::label(*place);
    return code;
}

QString nameKey(const QString &text)
{
    return domain::NameNormaliser::forComparison(text);
}

QString firstNames(const Patient &p)
{
    return p.traits.birthFirstNames.isEmpty() ? p.traits.firstBirthName : p.traits.birthFirstNames.join(QLatin1Char(' '));
}

} // namespace

IdentityComparison::IdentityComparison(QTableWidget &table, IdentityStatusBadge &leftBadge,
                                       IdentityStatusBadge &rightBadge, QWidget &badgeOwner)
    : m_table(table), m_leftBadge(leftBadge), m_rightBadge(rightBadge), m_badgeOwner(badgeOwner)
{
}

QString IdentityComparison::birthDate(const Patient &p)
{
    return p.traits.birthDate.isValid() ? p.traits.birthDate.toString(kDateFormat) : p.traits.birthDateRaw;
}

QString IdentityComparison::displayName(const Patient &p)
{
    const QString first = p.traits.usedFirstName.isEmpty() ? p.traits.firstBirthName : p.traits.usedFirstName;
    return p.traits.birthName + QLatin1Char(' ') + first;
}

void IdentityComparison::takeBadgesBack()
{
    // The table deletes its cell widgets on clearContents(): take the badges back first.
    for (IdentityStatusBadge *badge : {&m_leftBadge, &m_rightBadge}) {
        badge->hide();
        badge->setParent(&m_badgeOwner);
    }
}

void IdentityComparison::clear()
{
    takeBadgesBack();
    m_table.clearContents();
    m_table.setRowCount(0);
    m_table.setHorizontalHeaderLabels({tr("Trait"), tr("Patient A"), tr("Patient B")});
}

QStringList IdentityComparison::show(const workflow::identity::MergeSide &leftSide,
                                     const workflow::identity::MergeSide &rightSide)
{
    const Patient &l = leftSide.patient;
    const Patient &r = rightSide.patient;
    const auto sexLabel = [](domain::Sex sex) {
        switch (sex) {
        case domain::Sex::Female:
            return tr("Féminin");
        case domain::Sex::Male:
            return tr("Masculin");
        default:
            break;
        }
        return tr("Indéterminé");
    };
    const auto insText = [](const Patient &p) {
        if (p.ins.isEmpty())
            return tr("Pas d'INS");
        if (p.insUsable())
            return tr("%1 (OID %2)").arg(p.ins.full(), p.ins.oid);
        return tr("%1 (non qualifié : ne pas utiliser)").arg(p.ins.full());
    };
    const auto attributes = [](const Patient &p) {
        QStringList out;
        if (p.doubtful)
            out << tr("douteuse");
        if (p.fictitious)
            out << tr("fictive");
        if (p.homonym)
            out << tr("homonyme");
        return out.join(QStringLiteral(", "));
    };
    struct Row {
        QString label;
        QString left;
        QString right;
        bool differ;
    };
    const auto textRow = [](QString label, QString a, QString b) {
        const bool differ = nameKey(a) != nameKey(b);
        return Row{std::move(label), std::move(a), std::move(b), differ};
    };
    const QList<Row> rows{
        textRow(tr("Nom de naissance"), l.traits.birthName, r.traits.birthName),
        textRow(tr("Prénoms de naissance"), firstNames(l), firstNames(r)),
        Row{tr("Date de naissance"), birthDate(l), birthDate(r), l.traits.birthDateRaw != r.traits.birthDateRaw},
        Row{tr("Sexe"), sexLabel(l.traits.sex), sexLabel(r.traits.sex), l.traits.sex != r.traits.sex},
        Row{tr("Lieu de naissance (COG)"), birthPlace(l), birthPlace(r), l.traits.birthPlaceCog != r.traits.birthPlaceCog},
        textRow(tr("Nom utilisé"), l.traits.usedName, r.traits.usedName),
        textRow(tr("Prénom utilisé"), l.traits.usedFirstName, r.traits.usedFirstName),
        Row{tr("INS (NIR)"), insText(l), insText(r), l.ins.full() != r.ins.full()},
        Row{tr("Statut d'identité"), IdentityStatusBadge::statusLabel(l.status), IdentityStatusBadge::statusLabel(r.status),
            l.status != r.status},
        Row{tr("Attributs d'identité"), attributes(l), attributes(r), attributes(l) != attributes(r)},
        Row{tr("IPP"), l.localId, r.localId, false},
        Row{tr("Dossiers d'analyses"), QString::number(leftSide.dossierCount), QString::number(rightSide.dossierCount),
            false},
    };
    const int statusRow = 8;
    QStringList differing;
    takeBadgesBack();
    m_table.clearContents();
    m_table.setRowCount(static_cast<int>(rows.size()));
    m_table.setHorizontalHeaderLabels(
        {tr("Trait"), tr("Patient A (IPP %1)").arg(l.localId), tr("Patient B (IPP %1)").arg(r.localId)});
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (row.differ)
            differing << row.label;
        // Marked by a sign and bold text too, not by colour alone.
        const QStringList cells{row.differ ? QStringLiteral("≠ ") + row.label : row.label, row.left, row.right};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (row.differ) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(0xfd, 0xe2, 0xe1));
                item->setToolTip(tr("Valeurs différentes"));
            }
            m_table.setItem(i, column, item);
        }
    }
    // The RNIV status is shown with the badge used everywhere else (colour, tooltip).
    for (auto [badge, patient, column] : {std::tuple{&m_leftBadge, &l, 1}, std::tuple{&m_rightBadge, &r, 2}}) {
        badge->setStatus(patient->status, patient->doubtful, patient->fictitious);
        auto *cell = new QWidget;
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(4, 0, 4, 0);
        layout->addWidget(badge);
        layout->addStretch();
        badge->show();
        m_table.item(statusRow, column)->setText(QString());
        m_table.setCellWidget(statusRow, column, cell);
    }
    m_table.resizeRowsToContents();
    return differing;
}

} // namespace sgl::app
