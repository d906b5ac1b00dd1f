#include "app/autoval/AutovalAdminView.h"

#include "app/autoval/AutovalServices.h"
#include "app/autoval/AutovalStatsModel.h"
#include "app/autoval/RuleEditDialog.h"
#include "app/autoval/RuleSetTableModel.h"
#include "domain/autoval/RuleSetJson.h"
#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/AutovalStatistics.h"
#include "workflow/autoval/RuleSetAdmin.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

using workflow::autoval::AutovalMode;

namespace {

QTableView *table(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

AutovalAdminView::AutovalAdminView(std::unique_ptr<AutovalServices> services, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_rules(new RuleSetTableModel(this)),
      m_days(new AutovalStatsModel(AutovalStatsModel::Kind::Day, this)),
      m_benches(new AutovalStatsModel(AutovalStatsModel::Kind::Bench, this)),
      m_ruleStats(new AutovalStatsModel(AutovalStatsModel::Kind::Rule, this))
{
    setObjectName(QStringLiteral("autovalAdmin"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildRulesTab(readOnly), tr("Règles et mode"));
    m_tabs->addTab(buildStatsTab(), tr("Statistiques"));
    layout->addWidget(m_tabs);
    reload();
}

AutovalAdminView::~AutovalAdminView() = default;

QWidget *AutovalAdminView::buildRulesTab(bool readOnly)
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *modeRow = new QHBoxLayout;
    m_mode = new QComboBox(page);
    m_mode->setObjectName(QStringLiteral("autovalMode"));
    for (AutovalMode m : {AutovalMode::Off, AutovalMode::Shadow, AutovalMode::Active})
        m_mode->addItem(workflow::autoval::autovalModeLabel(m), workflow::autoval::autovalModeCode(m));
    m_responsible = new QComboBox(page);
    m_responsible->setObjectName(QStringLiteral("autovalResponsible"));
    m_responsible->setMinimumWidth(200);
    auto *saveModeButton = new QPushButton(tr("Enregistrer le mode"), page);
    modeRow->addWidget(new QLabel(tr("Mode :"), page));
    modeRow->addWidget(m_mode, 1);
    modeRow->addWidget(new QLabel(tr("Biologiste responsable :"), page));
    modeRow->addWidget(m_responsible);
    modeRow->addWidget(saveModeButton);
    v->addLayout(modeRow);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("autovalStatus"));
    v->addWidget(m_status);
    m_problem = new QLabel(page);
    m_problem->setObjectName(QStringLiteral("autovalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_problem->hide();
    v->addWidget(m_problem);
    m_rulesTable = table(m_rules, page, QStringLiteral("autovalRules"));
    for (auto [c, w] : {std::pair{RuleSetTableModel::IdColumn, 120}, {RuleSetTableModel::LabelColumn, 230},
                        {RuleSetTableModel::TypeColumn, 100}, {RuleSetTableModel::ScopeColumn, 200}})
        m_rulesTable->horizontalHeader()->resizeSection(c, w);
    // The parameters take what is left, so that the table never scrolls sideways at 1366 px.
    m_rulesTable->horizontalHeader()->setStretchLastSection(false);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(RuleSetTableModel::ParametersColumn, QHeaderView::Stretch);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(RuleSetTableModel::EnabledColumn, QHeaderView::ResizeToContents);
    v->addWidget(m_rulesTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Nouvelle règle…"), page);
    auto *edit = new QPushButton(tr("Modifier…"), page);
    auto *remove = new QPushButton(tr("Supprimer"), page);
    auto *import = new QPushButton(tr("Importer…"), page);
    auto *exportButton = new QPushButton(tr("Exporter…"), page);
    auto *save = new QPushButton(tr("Enregistrer les règles…"), page);
    save->setObjectName(QStringLiteral("autovalSaveRules"));
    for (QPushButton *b : {add, edit, remove, import, exportButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(save);
    v->addLayout(buttons);
    for (QWidget *w : std::initializer_list<QWidget *>{add, edit, remove, import, save, saveModeButton, m_mode, m_responsible})
        w->setEnabled(!readOnly);
    connect(add, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editRule(m_rulesTable->currentIndex().row()); });
    connect(m_rulesTable, &QTableView::doubleClicked, this, [this, readOnly](const QModelIndex &i) {
        if (!readOnly)
            editRule(i.row());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_rules->removeRule(m_rulesTable->currentIndex().row()); });
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Enregistrer les règles"), tr("Motif de la modification :"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok)
            saveRules(reason);
    });
    connect(saveModeButton, &QPushButton::clicked, this,
            [this] { saveMode(m_mode->currentData().toString(), m_responsible->currentData().toString()); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Importer des règles"), {}, tr("Règles (*.json)"));
        QFile f(path);
        if (!path.isEmpty() && f.open(QIODevice::ReadOnly))
            importJson(f.readAll());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Exporter les règles"), QStringLiteral("regles-autovalidation.json"),
                                                          tr("Règles (*.json)"));
        QSaveFile f(path);
        if (!path.isEmpty() && (!f.open(QIODevice::WriteOnly) || f.write(exportJson()) < 0 || !f.commit()))
            showProblem(tr("Écriture impossible : %1").arg(f.errorString()));
    });
    return page;
}

QWidget *AutovalAdminView::buildStatsTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *period = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), page);
    m_to = new QDateEdit(QDate::currentDate(), page);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
    }
    auto *compute = new QPushButton(tr("Calculer"), page);
    auto *csv = new QPushButton(tr("Exporter en CSV…"), page);
    csv->setObjectName(QStringLiteral("autovalCsv"));
    period->addWidget(new QLabel(tr("Du"), page));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("au"), page));
    period->addWidget(m_to);
    period->addWidget(compute);
    period->addStretch(1);
    period->addWidget(csv);
    v->addLayout(period);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("autovalSummary"));
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    m_concordance = new QLabel(page);
    m_concordance->setObjectName(QStringLiteral("autovalConcordance"));
    m_concordance->setWordWrap(true);
    v->addWidget(m_concordance);
    // One tab per table: each has the whole width, so no column is cut or scrolls sideways at 1366 px.
    auto *tables = new QTabWidget(page);
    tables->setObjectName(QStringLiteral("autovalStatsTabs"));
    const auto fitted = [](QTableView *t, int stretched) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
        t->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
        t->horizontalHeader()->setStretchLastSection(false);
        return t;
    };
    tables->addTab(fitted(table(m_days, tables, QStringLiteral("autovalDays")), 0), tr("Par jour"));
    tables->addTab(fitted(table(m_benches, tables, QStringLiteral("autovalBenches")), 0), tr("Par paillasse"));
    tables->addTab(fitted(table(m_ruleStats, tables, QStringLiteral("autovalRuleStats")), 1), tr("Par règle"));
    v->addWidget(tables, 1);
    connect(compute, &QPushButton::clicked, this, [this] { computeStats(m_from->date(), m_to->date()); });
    connect(csv, &QPushButton::clicked, this, [this] {
        if (m_csv.isEmpty() && !computeStats(m_from->date(), m_to->date()))
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Exporter les statistiques"),
                                                          QStringLiteral("autovalidation-%1.csv").arg(m_to->date().toString(Qt::ISODate)),
                                                          tr("CSV (*.csv)"));
        QSaveFile f(path);
        if (!path.isEmpty() && (!f.open(QIODevice::WriteOnly) || f.write(m_csv) < 0 || !f.commit()))
            m_summary->setText(tr("Écriture impossible : %1").arg(f.errorString()));
    });
    return page;
}

QString AutovalAdminView::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString AutovalAdminView::statusText() const
{
    return m_status->text();
}

QString AutovalAdminView::concordanceText() const
{
    return m_concordance->text();
}

void AutovalAdminView::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool AutovalAdminView::reload()
{
    showProblem({});
    auto current = m_services->rules().current();
    if (!current) {
        showProblem(current.error().message);
        return false;
    }
    m_rules->setRuleSet(*current ? (*current)->ruleSet : domain::autoval::RuleSet{tr("Règles du laboratoire"), {}});
    auto s = m_services->settings().load();
    if (!s) {
        showProblem(s.error().message);
        return false;
    }
    m_settingsVersion = s->version;
    m_mode->setCurrentIndex(m_mode->findData(workflow::autoval::autovalModeCode(s->mode)));
    m_responsible->clear();
    m_responsible->addItem(tr("(aucun)"), QString());
    auto candidates = m_services->settings().responsibleCandidates();
    for (const auto &[login, name] : candidates.value_or(QList<std::pair<QString, QString>>{}))
        m_responsible->addItem(tr("%1 (%2)").arg(name, login), login);
    if (m_responsible->findData(s->responsibleLogin) < 0 && !s->responsibleLogin.isEmpty())
        m_responsible->addItem(tr("%1 (%2)").arg(s->responsibleName, s->responsibleLogin), s->responsibleLogin);
    m_responsible->setCurrentIndex(qMax(0, m_responsible->findData(s->responsibleLogin)));
    m_status->setText(s->ruleSetId == 0 ? tr("Aucune règle enregistrée.")
                                        : tr("Règles en vigueur : version %1 du %2 (%n règle(s)).", nullptr, s->ruleCount)
                                              .arg(s->ruleSetId)
                                              .arg(s->ruleSetSavedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    return true;
}

bool AutovalAdminView::saveRules(const QString &reason)
{
    auto saved = m_services->rules().save(m_rules->ruleSet(), reason);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    return reload();
}

bool AutovalAdminView::saveMode(const QString &modeCode, const QString &responsible)
{
    auto saved = m_services->settings().save(modeCode, responsible, m_settingsVersion);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    const domain::autoval::RuleSet draft = m_rules->ruleSet();
    const bool ok = reload();
    m_rules->setRuleSet(draft); // the working copy of the rules survives a change of mode
    return ok;
}

bool AutovalAdminView::importJson(const QByteArray &json)
{
    auto parsed = domain::autoval::RuleSetJson::fromJson(json);
    if (!parsed) {
        showProblem(parsed.error().location.isEmpty() ? parsed.error().message
                                                      : tr("%1 : %2").arg(parsed.error().location, parsed.error().message));
        return false;
    }
    showProblem(tr("Règles importées : vérifiées et enregistrées seulement avec « Enregistrer les règles… »."));
    m_rules->setRuleSet(*parsed);
    return true;
}

QByteArray AutovalAdminView::exportJson() const
{
    return domain::autoval::RuleSetJson::toJson(m_rules->ruleSet());
}

void AutovalAdminView::editRule(int row)
{
    const domain::autoval::Rule start = row >= 0 && row < m_rules->rowCount() ? m_rules->ruleSet().rules.at(row)
                                                                             : domain::autoval::Rule{};
    RuleEditDialog dialog(start, this);
    if (dialog.exec() == QDialog::Accepted)
        m_rules->setRule(row, dialog.rule());
}

bool AutovalAdminView::computeStats(const QDate &from, const QDate &to)
{
    auto s = m_services->statistics().compute(from, to);
    if (!s) {
        m_summary->setText(s.error().message);
        return false;
    }
    for (AutovalStatsModel *m : {m_days, m_benches, m_ruleStats})
        m->setStats(*s);
    auto pct = [](double v) { return QString::number(v, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')); };
    m_summary->setText(tr("Dossiers : %1 évalués, %2 auto-validés (%3 %), %4 validés par le moteur. Analyses : %5 évaluées, "
                          "%6 auto-validées (%7 %).")
                           .arg(s->dossiers.total)
                           .arg(s->dossiers.released)
                           .arg(pct(s->dossiers.percent()))
                           .arg(s->applied)
                           .arg(s->analyses.total)
                           .arg(s->analyses.released)
                           .arg(pct(s->analyses.percent())));
    const auto &c = s->shadow;
    m_concordance->setText(tr("Concordance du mode observation : %1 % sur %2 décision(s) — libéré et validé %3, libéré mais retenu "
                              "par le biologiste %4, retenu mais validé %5, retenu et retenu %6, sans décision %7.")
                               .arg(pct(c.percent()))
                               .arg(c.decided())
                               .arg(c.releasedValidated)
                               .arg(c.releasedHeld)
                               .arg(c.heldValidated)
                               .arg(c.heldHeld)
                               .arg(c.undecided));
    m_csv = workflow::autoval::AutovalStatistics::toCsv(*s);
    return true;
}

QByteArray AutovalAdminView::statsCsv() const
{
    return m_csv;
}

} // namespace sgl::app
