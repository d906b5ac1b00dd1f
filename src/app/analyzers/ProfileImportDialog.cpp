#include "app/analyzers/ProfileImportDialog.h"

#include "app/analyzers/AnalyzerProfileListModel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sgl::app {

using domain::analyzer::AnalyzerProfile;

ProfileImportDialog::Change ProfileImportDialog::changeOf(const AnalyzerProfile &profile,
                                                          const QList<AnalyzerProfile> &existing)
{
    for (AnalyzerProfile stored : existing) {
        if (stored.name != profile.name)
            continue;
        stored.version = profile.version;
        return stored == profile ? Change::Unchanged : Change::Changed;
    }
    return Change::New;
}

ProfileImportDialog::ProfileImportDialog(const QString &fileName, const QList<AnalyzerProfile> &incoming,
                                         const QList<AnalyzerProfile> &existing, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit)), m_table(new QTableWidget(this)), m_reason(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Importer des profils d'automates"));
    auto *layout = new QVBoxLayout(this);
    int added = 0;
    int changed = 0;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Nom"), tr("Libellé"), tr("Protocole"), tr("Effet")});
    m_table->setRowCount(static_cast<int>(incoming.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < incoming.size(); ++row) {
        const AnalyzerProfile &p = incoming.at(row);
        QString effect;
        switch (changeOf(p, existing)) {
        case Change::New:
            effect = tr("nouveau");
            ++added;
            break;
        case Change::Changed:
            effect = tr("modifié (remplace le profil actuel)");
            ++changed;
            break;
        case Change::Unchanged:
            effect = tr("identique");
            break;
        }
        m_table->setItem(row, 0, new QTableWidgetItem(p.name));
        m_table->setItem(row, 1, new QTableWidgetItem(p.label));
        m_table->setItem(row, 2, new QTableWidgetItem(AnalyzerProfileListModel::protocolText(p.protocol)));
        m_table->setItem(row, 3, new QTableWidgetItem(effect));
    }
    m_table->resizeColumnsToContents();
    auto *summary = new QLabel(tr("Fichier %1 : %2 profil(s), dont %3 nouveau(x) et %4 modifié(s). "
                                  "L'import est complet ou n'a pas lieu.")
                                   .arg(QFileInfo(fileName).fileName())
                                   .arg(incoming.size())
                                   .arg(added)
                                   .arg(changed),
                               this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("obligatoire, conservé dans l'historique"));
    form->addRow(tr("&Motif :"), m_reason);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Importer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(added + changed > 0);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Annuler"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 440);
}

void ProfileImportDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString ProfileImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProfileImportDialog::accept()
{
    if (m_submit) {
        if (auto done = m_submit(m_reason->text().trimmed()); !done) {
            const domain::Error &e = done.error();
            m_error->setText(e.location.isEmpty() ? e.message : tr("%1 (%2)").arg(e.message, e.location));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sgl::app
