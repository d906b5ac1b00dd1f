#include "app/analyzers/AnalyzerProfilesPanel.h"

#include "app/analyzers/AnalyzerProfileDialog.h"
#include "app/analyzers/AnalyzerProfileListModel.h"
#include "app/analyzers/AnalyzerServices.h"
#include "app/analyzers/ProfileImportDialog.h"
#include "app/analyzers/ReasonDialog.h"
#include "domain/analyzer/AnalyzerProfileJson.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

using domain::analyzer::AnalyzerProfile;

AnalyzerProfilesPanel::AnalyzerProfilesPanel(AnalyzerServices &services, bool readOnly, QWidget *parent)
    : QWidget(parent), m_services(services), m_readOnly(readOnly), m_model(new AnalyzerProfileListModel(this)),
      m_table(new QTableView(this)), m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        actions->addWidget(b);
        return b;
    };
    m_new = button(tr("&Nouveau…"), QStringLiteral("newProfileButton"));
    m_edit = button(readOnly ? tr("&Consulter…") : tr("&Modifier…"), QStringLiteral("editProfileButton"));
    m_active = button(tr("&Désactiver…"), QStringLiteral("activeProfileButton"));
    actions->addSpacing(12);
    m_import = button(tr("&Importer…"), QStringLiteral("importProfilesButton"));
    m_export = button(tr("E&xporter…"), QStringLiteral("exportProfilesButton"));
    m_install = button(tr("Installer les profils &fournis"), QStringLiteral("installShippedButton"));
    actions->addStretch();
    auto *refresh = button(tr("Ac&tualiser"), QStringLiteral("refreshProfilesButton"));
    layout->addLayout(actions);
    m_message->setObjectName(QStringLiteral("infoBanner"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_table->setObjectName(QStringLiteral("profilesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The label takes what the other columns leave: no horizontal scrolling at 1366 px.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AnalyzerProfileListModel::Label, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &AnalyzerProfilesPanel::newProfile);
    connect(m_edit, &QPushButton::clicked, this, &AnalyzerProfilesPanel::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &AnalyzerProfilesPanel::editSelected);
    connect(m_active, &QPushButton::clicked, this, &AnalyzerProfilesPanel::toggleActive);
    connect(m_import, &QPushButton::clicked, this, &AnalyzerProfilesPanel::importFile);
    connect(m_export, &QPushButton::clicked, this, &AnalyzerProfilesPanel::exportFile);
    connect(m_install, &QPushButton::clicked, this, &AnalyzerProfilesPanel::installShipped);
    connect(refresh, &QPushButton::clicked, this, &AnalyzerProfilesPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnalyzerProfilesPanel::updateButtons);
    reload();
}

AnalyzerProfilesPanel::~AnalyzerProfilesPanel() = default;

QString AnalyzerProfilesPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AnalyzerProfilesPanel::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool AnalyzerProfilesPanel::reload()
{
    const QString keep = selectedName();
    auto profiles = m_services.profiles().list();
    if (!profiles) {
        m_model->setProfiles({});
        updateButtons();
        showMessage(profiles.error().message, true);
        return false;
    }
    m_model->setProfiles(std::move(*profiles));
    if (!keep.isEmpty())
        selectProfile(keep);
    updateButtons();
    return true;
}

bool AnalyzerProfilesPanel::selectProfile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString AnalyzerProfilesPanel::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const AnalyzerProfile *p = rows.isEmpty() ? nullptr : m_model->profileAt(rows.first().row());
    return p ? p->name : QString();
}

void AnalyzerProfilesPanel::updateButtons()
{
    const AnalyzerProfile *p = m_model->profileAt(m_model->rowOf(selectedName()));
    m_new->setEnabled(!m_readOnly);
    m_edit->setEnabled(p);
    m_active->setEnabled(!m_readOnly && p);
    m_active->setText(p && !p->active ? tr("&Activer…") : tr("&Désactiver…"));
    m_import->setEnabled(!m_readOnly);
    m_install->setEnabled(!m_readOnly);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void AnalyzerProfilesPanel::newProfile()
{
    openEditor(true);
}

void AnalyzerProfilesPanel::editSelected()
{
    openEditor(false);
}

void AnalyzerProfilesPanel::openEditor(bool isNew)
{
    AnalyzerProfile profile = AnalyzerProfile::standard(domain::analyzer::AnalyzerProtocol::Astm);
    profile.name.clear();
    profile.label.clear();
    if (!isNew) {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        auto stored = m_services.profiles().get(name);
        if (!stored) {
            showMessage(stored.error().message, true);
            return;
        }
        profile = *stored;
    }
    auto analyses = m_services.analyses();
    QString savedName;
    AnalyzerProfileDialog dialog(
        profile, isNew, analyses.value_or(QList<AnalysisChoice>{}),
        [this, &savedName](const AnalyzerProfile &edited, const QString &reason) -> domain::Status {
            auto saved = m_services.profiles().save(edited, reason);
            if (!saved)
                return std::unexpected(saved.error());
            savedName = saved->name;
            return {};
        },
        m_readOnly, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectProfile(savedName);
    showMessage(tr("Profil %1 enregistré.").arg(savedName), false);
}

bool AnalyzerProfilesPanel::setSelectedActive(bool active, const QString &reason)
{
    const QString name = selectedName();
    if (name.isEmpty() || m_readOnly)
        return false;
    auto done = m_services.profiles().setActive(name, active, reason);
    reload();
    selectProfile(name);
    if (!done) {
        showMessage(done.error().message, true);
        return false;
    }
    showMessage(active ? tr("Profil %1 activé.").arg(name) : tr("Profil %1 désactivé.").arg(name), false);
    return true;
}

void AnalyzerProfilesPanel::toggleActive()
{
    const AnalyzerProfile *p = m_model->profileAt(m_model->rowOf(selectedName()));
    if (!p || m_readOnly)
        return;
    const QString name = p->name;
    const bool activate = !p->active;
    ReasonDialog dialog(activate ? tr("Activer le profil %1").arg(name) : tr("Désactiver le profil %1").arg(name),
                        activate ? tr("La passerelle ouvrira la liaison de cet automate à son prochain démarrage.")
                                 : tr("La passerelle n'ouvrira plus la liaison de cet automate."),
                        [this, name, activate](const QString &reason) -> domain::Status {
                            return m_services.profiles().setActive(name, activate, reason);
                        },
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectProfile(name);
    showMessage(activate ? tr("Profil %1 activé.").arg(name) : tr("Profil %1 désactivé.").arg(name), false);
}

bool AnalyzerProfilesPanel::importFrom(const QString &path, const QString &reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Impossible de lire %1 : %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    auto imported = m_services.profiles().importJson(file.readAll(), reason);
    if (!imported) {
        const domain::Error &e = imported.error();
        showMessage(e.location.isEmpty() ? e.message : tr("%1 (%2)").arg(e.message, e.location), true);
        return false;
    }
    reload();
    showMessage(tr("Profils importés : %1.").arg(imported->size()), false);
    return true;
}

void AnalyzerProfilesPanel::importFile()
{
    if (m_readOnly)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer des profils d'automates"), QString(),
                                                      tr("Profils d'automates (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Impossible de lire %1 : %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return;
    }
    const QByteArray json = file.readAll();
    auto incoming = domain::analyzer::AnalyzerProfileJson::parseDocument(json);
    if (!incoming) {
        const domain::Error &e = incoming.error();
        showMessage(tr("Fichier refusé : %1 (%2)").arg(e.message, e.location), true);
        return;
    }
    int count = 0;
    ProfileImportDialog dialog(path, *incoming, m_model->profiles(),
                               [this, &json, &count](const QString &reason) -> domain::Status {
                                   auto imported = m_services.profiles().importJson(json, reason);
                                   if (!imported)
                                       return std::unexpected(imported.error());
                                   count = static_cast<int>(imported->size());
                                   return {};
                               },
                               this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Profils importés : %1.").arg(count), false);
}

bool AnalyzerProfilesPanel::exportTo(const QString &path)
{
    QStringList names;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const AnalyzerProfile *p = m_model->profileAt(row.row()))
            names << p->name;
    }
    auto json = m_services.profiles().exportJson(names);
    if (!json) {
        showMessage(json.error().message, true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        showMessage(tr("Impossible d'écrire %1 : %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showMessage(names.isEmpty() ? tr("Tous les profils exportés dans %1.").arg(QDir::toNativeSeparators(path))
                                : tr("Profils exportés dans %1 : %2.")
                                      .arg(QDir::toNativeSeparators(path), names.join(QStringLiteral(", "))),
                false);
    return true;
}

void AnalyzerProfilesPanel::exportFile()
{
    const QString name = selectedName();
    const QString suggested = (name.isEmpty() ? QStringLiteral("profils-automates") : name) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter des profils d'automates"),
                                                      QDir::home().filePath(suggested),
                                                      tr("Profils d'automates (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AnalyzerProfilesPanel::installShipped()
{
    if (m_readOnly)
        return false;
    auto installed = m_services.profiles().installShipped();
    if (!installed) {
        showMessage(installed.error().message, true);
        return false;
    }
    reload();
    showMessage(*installed == 0 ? tr("Tous les profils fournis sont déjà installés.")
                                : tr("Profils fournis installés : %1.").arg(*installed),
                false);
    return true;
}

} // namespace sgl::app
