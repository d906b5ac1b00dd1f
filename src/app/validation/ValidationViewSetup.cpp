#include "app/validation/ValidationViewSetup.h"

#include "app/shell/NavigationPolicy.h"
#include "app/validation/QcHoldBanner.h"
#include "app/validation/ValidationShortcuts.h"
#include "app/widgets/CompactTabStyle.h"
#include "domain/lab/Dossier.h"
#include "domain/security/UserSession.h"
#include "app/validation/AutovalVerdictPanel.h"
#include "ui_ValidationView.h"

#include <QHeaderView>
#include <QTableView>

#include <tuple>

namespace sgl::app {

using domain::Dossier;

void ValidationViewSetup::arrange(Ui::ValidationView &ui)
{
    using S = ValidationShortcuts;
    ui.queueTable->verticalHeader()->hide();
    ui.queueTable->horizontalHeader()->setStretchLastSection(true);
    // Fits 1366×768 beside the navigation: the queue narrow, the dossier wide.
    const QList<int> queueWidths{54, 38, 106, 116, 64, 30};
    for (int c = 0; c < queueWidths.size(); ++c)
        ui.queueTable->horizontalHeader()->resizeSection(c, queueWidths[c]);
    ui.queueTable->setMinimumWidth(414);
    // The analysis name gets the room (DFG, CKD-EPI...); the validator's login and time are in
    // the tooltip when cut.
    const QList<int> resultWidths{150, 58, 56, 80, 40, 76, 64, 80, 66};
    for (int c = 0; c < resultWidths.size(); ++c)
        ui.resultsTree->header()->resizeSection(c, resultWidths[c]);
    ui.resultsTree->header()->setStretchLastSection(true);
    ui.resultsTree->setAllColumnsShowFocus(true);
    ui.previousTable->horizontalHeader()->setDefaultSectionSize(84); // a whole dd/MM/yyyy date
    ui.previousTable->verticalHeader()->setDefaultSectionSize(22);
    ui.splitter->setStretchFactor(0, 0);
    ui.splitter->setStretchFactor(1, 1);
    ui.splitter->setSizes({414, 700});
    ui.dossierSplitter->setStretchFactor(0, 3);
    ui.dossierSplitter->setStretchFactor(1, 2);
    ui.sharingPanel->setMaximumWidth(420);
    // Every tab stays visible (no scroll arrows): a long title is shortened, its tooltip says it all.
    ui.detailTabs->setUsesScrollButtons(false);
    ui.detailTabs->setElideMode(Qt::ElideRight);
    CompactTabStyle::apply(ui.detailTabs->tabBar());

    ui.urgentCheck->setText(tr("Urgents"));
    ui.abnormalCheck->setText(tr("Anormaux"));
    ui.criticalCheck->setText(tr("Critiques"));
    ui.deltaCheck->setText(tr("Delta"));
    ui.nonConformityCheck->setText(tr("Non-conf."));
    ui.completeCombo->addItem(tr("Complets et partiels"), -1);
    ui.completeCombo->addItem(tr("Complets"), 1);
    ui.completeCombo->addItem(tr("Incomplets"), 0);
    ui.benchCombo->addItem(tr("Toutes paillasses"), QString());
    ui.originCombo->addItem(tr("Toutes origines"), -1);
    ui.originCombo->addItem(tr("Externe"), int(Dossier::Origin::External));
    ui.originCombo->addItem(tr("Services"), int(Dossier::Origin::Ward));
    ui.ageCombo->addItem(tr("Tout âge"), -1);
    for (int hours : {2, 6, 24})
        ui.ageCombo->addItem(tr("≥ %1 h").arg(hours), hours);

    // Short labels with their keys (the action bar fits 1366 px); the full sentence in the tooltip.
    const QList<std::tuple<QPushButton *, QString, S::Action>> buttons{
        {ui.nextButton, tr("Suivant"), S::Next},
        {ui.batchButton, tr("Libération par lot"), S::BatchRelease},
        {ui.validateButton, tr("Valider"), S::ValidateDossier},
        {ui.validateSelectionButton, tr("Sélection"), S::ValidateSelection},
        {ui.validateChapterButton, tr("Chapitre"), S::ValidateChapter},
        {ui.callBackButton, tr("Rappel critique"), S::CallBack},
        {ui.sendBackButton, tr("Renvoyer"), S::SendBack},
        {ui.correctButton, tr("Corriger"), S::Correct},
        {ui.unvalidateButton, tr("Dévalider"), S::Unvalidate},
        {ui.addAnalysisButton, tr("Ajouter une analyse"), S::AddAnalysis},
    };
    for (const auto &[button, text, action] : buttons) {
        button->setText(S::label(text, action));
        button->setToolTip(S::description(action));
    }
    ui.acceptReflexButton->setText(S::label(tr("Accepter"), S::AcceptReflex));
    ui.declineReflexButton->setText(S::label(tr("Refuser"), S::DeclineReflex));
    ui.refreshButton->setText(S::label(tr("Actualiser"), S::Refresh));
    ui.shortcutsLabel->setToolTip(S::help());
    ui.shortcutsLabel->setText(tr("Raccourcis clavier (survolez)"));
    ui.headerLabel->setText(tr("Choisissez un dossier dans la file ; F8 ouvre le suivant."));
    ui.identityBadge->hide();
}

QTableView *ValidationViewSetup::addCallBacksTab(Ui::ValidationView &ui, QAbstractItemModel *model)
{
    auto *table = new QTableView(ui.detailTabs);
    table->setObjectName(QStringLiteral("callBacksTable"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(22);
    table->setWordWrap(false);
    // Narrow enough for the detail pane at 1366 px; the full texts are in the tooltips.
    const QList<int> widths{100, 56, 136, 106, 86, 70};
    for (int c = 0; c < widths.size(); ++c)
        table->horizontalHeader()->resizeSection(c, widths[c]);
    table->horizontalHeader()->setStretchLastSection(true);
    const int tab = ui.detailTabs->addTab(table, tr("Appels"));
    ui.detailTabs->setTabToolTip(tab, tr("Rappels des valeurs critiques : qui, comment, quand, relecture ou escalade"));
    return table;
}

void ValidationViewSetup::addAutovalTab(Ui::ValidationView &ui, AutovalVerdictPanel *panel)
{
    const int tab = ui.detailTabs->addTab(panel, panel->title());
    ui.detailTabs->setTabToolTip(tab, tr("Verdict des règles d'auto-validation, par analyse, avec la règle qui retient"));
    QObject::connect(panel, &AutovalVerdictPanel::titleChanged, ui.detailTabs, [&ui, panel](const QString &title) {
        ui.detailTabs->setTabText(ui.detailTabs->indexOf(panel), title);
    });
}

void ValidationViewSetup::applyReadOnly(Ui::ValidationView &ui, bool readOnly)
{
    if (!readOnly) { // a tab rather than a column beside the tabs: the detail pane is narrow at 1366 px
        const int sharing = ui.detailTabs->addTab(ui.sharingPanel, tr("Partage"));
        ui.detailTabs->setTabToolTip(sharing, tr("Choix de partage du prochain compte rendu (F9) : DMP, "
                                                 "masquage, copie MSSanté au patient"));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{
             ui.validateButton, ui.validateSelectionButton, ui.validateChapterButton, ui.callBackButton,
             ui.sendBackButton, ui.correctButton, ui.unvalidateButton, ui.addAnalysisButton, ui.batchButton,
             ui.acceptReflexButton, ui.declineReflexButton})
        w->setVisible(!readOnly);
    if (readOnly) // writable, it is a tab page: showing it by hand would draw it over the current tab
        ui.sharingPanel->hide();
}

QcHoldBanner *ValidationViewSetup::addQcBanner(Ui::ValidationView &ui, workflow::qc::QcQueries &queries,
                                               const domain::UserSession &session)
{
    bool canOpenQc = false;
    for (const ScreenAccess &access : NavigationPolicy::screensFor(session.roles))
        canOpenQc = canOpenQc || access.screen == Screen::Qc;
    auto *banner = new QcHoldBanner(queries, canOpenQc, ui.dossierPanel);
    ui.dossierLayout->insertWidget(0, banner);
    return banner;
}

} // namespace sgl::app
