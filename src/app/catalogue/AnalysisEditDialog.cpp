#include "app/catalogue/AnalysisEditDialog.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "app/catalogue/ContainerSwatch.h"
#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/ContainerType.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_AnalysisEditDialog.h"

#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

namespace sgl::app {

namespace {

constexpr int kCheckDelayMs = 400;

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void appendRow(QTableWidget *table, const QStringList &texts, std::optional<bool> checked = std::nullopt)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    if (checked) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(*checked ? Qt::Checked : Qt::Unchecked);
        table->setItem(row, static_cast<int>(texts.size()), item);
    }
    table->setCurrentCell(row, 0);
}

void removeCurrentRow(QTableWidget *table)
{
    if (table->currentRow() >= 0)
        table->removeRow(table->currentRow());
}

} // namespace

AnalysisEditDialog::AnalysisEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                                       std::optional<domain::Analysis> analysis, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::AnalysisEditDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_original(std::move(analysis)),
      m_checkTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // Every tab title readable, whatever the language, font and style sheet: without scroll
    // buttons the tab bar's minimum size is all its titles, and the layout (no explicit minimum
    // width here, which would override it) widens the dialog to it.
    m_ui->tabs->setUsesScrollButtons(false);
    m_ui->tabs->setElideMode(Qt::ElideNone);
    m_ui->errorLabel->hide();
    m_ui->checkLabel->hide();
    if (auto current = m_admin.load())
        m_catalogue = std::move(*current);

    m_ui->resultTypeCombo->addItem(tr("Numérique"), static_cast<int>(domain::ResultType::Numeric));
    m_ui->resultTypeCombo->addItem(tr("Codé (liste de valeurs)"), static_cast<int>(domain::ResultType::Coded));
    m_ui->resultTypeCombo->addItem(tr("Texte libre"), static_cast<int>(domain::ResultType::Text));
    m_ui->examCombo->addItem(tr("(aucun)"), QString());
    for (const domain::Exam &e : m_catalogue.exams)
        if (!e.retired)
            m_ui->examCombo->addItem(QStringLiteral("%1 — %2").arg(e.code, e.label), e.code);

    m_ui->valueTable->setColumnCount(3);
    m_ui->valueTable->setHorizontalHeaderLabels({tr("Code"), tr("Libellé"), tr("Anormale")});
    m_ui->valueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->analyzerTable->setColumnCount(2);
    m_ui->analyzerTable->setHorizontalHeaderLabels({tr("Automate"), tr("Code de test")});
    m_ui->analyzerTable->horizontalHeader()->setStretchLastSection(true);

    const domain::Analysis a = m_original.value_or(domain::Analysis{});
    if (m_original) {
        setWindowTitle(tr("Modifier l'analyse %1").arg(a.localCode));
        m_ui->codeEdit->setText(a.localCode);
        m_ui->codeEdit->setEnabled(false);
        m_ui->resultTypeCombo->setEnabled(false);
        m_ui->examCombo->setVisible(false);
        m_ui->examComboLabel->setVisible(false);
    } else {
        setWindowTitle(tr("Nouvelle analyse"));
    }
    m_ui->resultTypeCombo->setCurrentIndex(m_ui->resultTypeCombo->findData(static_cast<int>(a.resultType)));
    m_ui->labelEdit->setText(a.label);
    m_ui->loincEdit->setText(a.loinc);
    m_ui->unitEdit->setText(a.unit);
    m_ui->displayUnitEdit->setText(a.displayUnit);
    m_ui->specimenEdit->setText(a.specimen);
    m_ui->methodEdit->setText(a.method);
    m_ui->decimalsSpin->setValue(a.decimals);
    m_ui->secondUnitEdit->setText(a.secondUnit);
    if (a.secondUnitFactor)
        m_ui->factorEdit->setText(CatalogueEditFeedback::formatDecimal(*a.secondUnitFactor));
    m_ui->secondLoincEdit->setText(a.secondLoinc);
    m_ui->formulaEdit->setText(a.formula);
    if (a.delta) {
        if (a.delta->absolute)
            m_ui->deltaAbsoluteEdit->setText(CatalogueEditFeedback::formatDecimal(*a.delta->absolute));
        if (a.delta->relativePercent)
            m_ui->deltaRelativeEdit->setText(CatalogueEditFeedback::formatDecimal(*a.delta->relativePercent));
        m_ui->deltaWindowEdit->setText(QString::number(a.delta->windowDays));
    }
    for (const domain::ValueOption &o : a.valueOptions)
        appendRow(m_ui->valueTable, {o.code, o.label}, o.abnormal);
    for (const domain::AnalyzerMapping &m : a.analyzerMappings)
        appendRow(m_ui->analyzerTable, {m.analyzer, m.code});
    fillSamplingTab(a);
    updateTypeDependentFields();

    connect(m_ui->addValueButton, &QPushButton::clicked, this,
            [this] { appendRow(m_ui->valueTable, {QString(), QString()}, false); });
    connect(m_ui->removeValueButton, &QPushButton::clicked, this, [this] {
        removeCurrentRow(m_ui->valueTable);
        m_checkTimer->start();
    });
    connect(m_ui->addAnalyzerButton, &QPushButton::clicked, this,
            [this] { appendRow(m_ui->analyzerTable, {QString(), QString()}); });
    connect(m_ui->removeAnalyzerButton, &QPushButton::clicked, this, [this] {
        removeCurrentRow(m_ui->analyzerTable);
        m_checkTimer->start();
    });
    connect(m_ui->resultTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeDependentFields();
        m_checkTimer->start();
    });

    // Live validation, debounced so that typing a LOINC code does not flash errors per key.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &AnalysisEditDialog::runCheck);
    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->labelEdit, m_ui->loincEdit, m_ui->unitEdit, m_ui->displayUnitEdit,
                            m_ui->specimenEdit, m_ui->methodEdit, m_ui->secondUnitEdit, m_ui->factorEdit,
                            m_ui->secondLoincEdit, m_ui->formulaEdit, m_ui->deltaAbsoluteEdit,
                            m_ui->deltaRelativeEdit, m_ui->deltaWindowEdit})
        connect(edit, &QLineEdit::textEdited, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_ui->valueTable, &QTableWidget::itemChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_ui->benchCombo, &QComboBox::currentIndexChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_ui->containerCombo, &QComboBox::currentIndexChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_ui->questionList, &QListWidget::itemChanged, m_checkTimer, qOverload<>(&QTimer::start));

    if (m_original) {
        runCheck();
        m_ui->reasonEdit->setFocus();
    } else {
        m_ui->codeEdit->setFocus();
    }
}

AnalysisEditDialog::~AnalysisEditDialog() = default;

void AnalysisEditDialog::fillSamplingTab(const domain::Analysis &a)
{
    m_ui->benchCombo->addItem(tr("(aucune)"), QString());
    for (const domain::Bench &b : m_catalogue.benches)
        m_ui->benchCombo->addItem(QStringLiteral("%1 (%2)").arg(b.label, b.code), b.code);
    m_ui->containerCombo->addItem(tr("(aucun : analyse calculée)"), QString());
    for (const domain::ContainerType &c : domain::ContainerType::builtIn())
        m_ui->containerCombo->addItem(ContainerSwatch::icon(c.code), ContainerSwatch::describe(c), c.code);
    // A code the lists do not know is kept (and refused by the check) rather than dropped.
    if (!setBenchCode(a.bench)) {
        m_ui->benchCombo->addItem(tr("%1 (paillasse inconnue)").arg(a.bench), a.bench);
        setBenchCode(a.bench);
    }
    if (!setContainerCode(a.container)) {
        m_ui->containerCombo->addItem(tr("%1 (tube inconnu)").arg(a.container), a.container);
        setContainerCode(a.container);
    }
    QStringList offered;
    for (const domain::ClinicalQuestion &q : domain::ClinicalQuestion::builtIn())
        offered << q.code;
    for (const QString &code : a.questions)
        if (!offered.contains(code))
            offered << code;
    for (const QString &code : offered) {
        const auto q = domain::ClinicalQuestion::find(code);
        auto *item = new QListWidgetItem(q ? q->label : tr("%1 (renseignement inconnu)").arg(code), m_ui->questionList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(a.questions.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    // Eight questions shown without scrolling.
    m_ui->questionList->setMinimumHeight(m_ui->questionList->sizeHintForRow(0) * int(offered.size())
                                         + 2 * m_ui->questionList->frameWidth());
}

bool AnalysisEditDialog::setBenchCode(const QString &code)
{
    const int index = m_ui->benchCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->benchCombo->setCurrentIndex(index);
    return true;
}

bool AnalysisEditDialog::setContainerCode(const QString &code)
{
    const int index = m_ui->containerCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->containerCombo->setCurrentIndex(index);
    return true;
}

bool AnalysisEditDialog::setQuestionChecked(const QString &code, bool checked)
{
    for (int row = 0; row < m_ui->questionList->count(); ++row) {
        QListWidgetItem *item = m_ui->questionList->item(row);
        if (item->data(Qt::UserRole).toString() == code) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList AnalysisEditDialog::checkedQuestions() const
{
    QStringList checked;
    for (int row = 0; row < m_ui->questionList->count(); ++row)
        if (const QListWidgetItem *item = m_ui->questionList->item(row); item->checkState() == Qt::Checked)
            checked << item->data(Qt::UserRole).toString();
    // The stored order is kept (questions are asked in it); newly checked ones come after.
    QStringList ordered;
    if (m_original)
        for (const QString &code : m_original->questions)
            if (checked.contains(code))
                ordered << code;
    for (const QString &code : checked)
        if (!ordered.contains(code))
            ordered << code;
    return ordered;
}

QString AnalysisEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString AnalysisEditDialog::checkText() const
{
    return m_ui->checkLabel->isHidden() ? QString() : m_ui->checkLabel->text();
}

void AnalysisEditDialog::updateTypeDependentFields()
{
    const auto type = static_cast<domain::ResultType>(m_ui->resultTypeCombo->currentData().toInt());
    const bool numeric = type == domain::ResultType::Numeric;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->unitEdit, m_ui->displayUnitEdit, m_ui->decimalsSpin,
                                                       m_ui->secondUnitEdit, m_ui->factorEdit, m_ui->secondLoincEdit,
                                                       m_ui->formulaEdit, m_ui->deltaAbsoluteEdit, m_ui->deltaRelativeEdit,
                                                       m_ui->deltaWindowEdit})
        w->setEnabled(numeric);
    m_ui->tabs->setTabEnabled(m_ui->tabs->indexOf(m_ui->valuesTab), type == domain::ResultType::Coded);
}

void AnalysisEditDialog::setResultType(domain::ResultType type)
{
    m_ui->resultTypeCombo->setCurrentIndex(m_ui->resultTypeCombo->findData(static_cast<int>(type)));
}

bool AnalysisEditDialog::setExamCode(const QString &code)
{
    const int index = m_ui->examCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->examCombo->setCurrentIndex(index);
    return true;
}

void AnalysisEditDialog::addValueOption(const QString &code, const QString &label, bool abnormal)
{
    appendRow(m_ui->valueTable, {code, label}, abnormal);
}

void AnalysisEditDialog::addAnalyzerMapping(const QString &analyzer, const QString &code)
{
    appendRow(m_ui->analyzerTable, {analyzer, code});
}

domain::Analysis AnalysisEditDialog::edited(QStringList &problems) const
{
    domain::Analysis a = m_original.value_or(domain::Analysis{});
    a.localCode = m_ui->codeEdit->text().trimmed();
    a.resultType = static_cast<domain::ResultType>(m_ui->resultTypeCombo->currentData().toInt());
    a.label = m_ui->labelEdit->text().trimmed();
    a.loinc = m_ui->loincEdit->text().trimmed();
    a.specimen = m_ui->specimenEdit->text().trimmed();
    a.method = m_ui->methodEdit->text().trimmed();
    const bool numeric = a.resultType == domain::ResultType::Numeric;
    // Fields that only mean something for a numeric result are not kept for the other types.
    a.unit = numeric ? m_ui->unitEdit->text().trimmed() : QString();
    a.displayUnit = numeric ? m_ui->displayUnitEdit->text().trimmed() : QString();
    a.decimals = numeric ? m_ui->decimalsSpin->value() : -1;
    a.secondUnit = numeric ? m_ui->secondUnitEdit->text().trimmed() : QString();
    a.secondLoinc = numeric ? m_ui->secondLoincEdit->text().trimmed() : QString();
    a.formula = numeric ? m_ui->formulaEdit->text().trimmed() : QString();
    a.secondUnitFactor.reset();
    if (numeric) {
        bool ok = true;
        a.secondUnitFactor = CatalogueEditFeedback::parseDecimal(m_ui->factorEdit->text(), &ok);
        if (!ok)
            problems << tr("Facteur de conversion : « %1 » n'est pas un nombre (ex. 18,016).")
                            .arg(m_ui->factorEdit->text().trimmed());
    }
    a.delta.reset();
    if (numeric)
        a.delta = editedDelta(problems);
    a.valueOptions.clear();
    if (a.resultType == domain::ResultType::Coded) {
        for (int row = 0; row < m_ui->valueTable->rowCount(); ++row) {
            domain::ValueOption o{cell(m_ui->valueTable, row, 0), cell(m_ui->valueTable, row, 1), false};
            if (o.code.isEmpty() && o.label.isEmpty())
                continue;
            const QTableWidgetItem *flag = m_ui->valueTable->item(row, 2);
            o.abnormal = flag && flag->checkState() == Qt::Checked;
            a.valueOptions << o;
        }
    }
    a.bench = m_ui->benchCombo->currentData().toString();
    a.container = m_ui->containerCombo->currentData().toString();
    a.questions = checkedQuestions();
    a.analyzerMappings.clear();
    for (int row = 0; row < m_ui->analyzerTable->rowCount(); ++row) {
        domain::AnalyzerMapping m{cell(m_ui->analyzerTable, row, 0), cell(m_ui->analyzerTable, row, 1)};
        if (m.analyzer.isEmpty() && m.code.isEmpty())
            continue;
        if (m.analyzer.isEmpty() || m.code.isEmpty())
            problems << tr("Codes automates, ligne %1 : indiquez l'automate et son code de test.").arg(row + 1);
        a.analyzerMappings << m;
    }
    return a;
}

std::optional<domain::DeltaRule> AnalysisEditDialog::editedDelta(QStringList &problems) const
{
    const QString absolute = m_ui->deltaAbsoluteEdit->text().trimmed();
    const QString relative = m_ui->deltaRelativeEdit->text().trimmed();
    const QString window = m_ui->deltaWindowEdit->text().trimmed();
    if (absolute.isEmpty() && relative.isEmpty() && window.isEmpty())
        return std::nullopt;
    // Whatever is typed becomes the rule: its completeness and signs are the workflow's check.
    domain::DeltaRule rule;
    bool ok = true;
    rule.absolute = CatalogueEditFeedback::parseDecimal(absolute, &ok);
    if (!ok)
        problems << tr("Seuil delta absolu : « %1 » n'est pas un nombre (ex. 1,5).").arg(absolute);
    rule.relativePercent = CatalogueEditFeedback::parseDecimal(relative, &ok);
    if (!ok)
        problems << tr("Seuil delta relatif : « %1 » n'est pas un nombre (ex. 30).").arg(relative);
    if (!window.isEmpty()) {
        rule.windowDays = window.toInt(&ok);
        if (!ok)
            problems << tr("Fenêtre delta : « %1 » n'est pas un nombre entier de jours.").arg(window);
    }
    return rule;
}

void AnalysisEditDialog::setDeltaFields(const QString &absolute, const QString &relative, const QString &windowDays)
{
    m_ui->deltaAbsoluteEdit->setText(absolute);
    m_ui->deltaRelativeEdit->setText(relative);
    m_ui->deltaWindowEdit->setText(windowDays);
}

QStringList AnalysisEditDialog::creationProblems(const domain::Catalogue &catalogue, const QString &code) const
{
    QStringList problems;
    if (!isCreation())
        return problems;
    if (code.isEmpty())
        problems << tr("Code local : obligatoire.");
    else if (catalogue.analysis(code))
        problems << tr("Code local : l'analyse « %1 » existe déjà.").arg(code);
    return problems;
}

void AnalysisEditDialog::runCheck()
{
    m_checkTimer->stop();
    QStringList problems;
    const domain::Analysis a = edited(problems);
    // An empty code is already reported by the validator; only a code in use is added here.
    if (!a.localCode.isEmpty())
        problems << creationProblems(m_catalogue, a.localCode);
    const auto report = m_admin.check(m_catalogue, a);
    for (const domain::Error &e : report.errors)
        problems << CatalogueEditFeedback::located(e);
    QStringList lines;
    if (!problems.isEmpty())
        lines << tr("À corriger :") << QStringLiteral("• ") + problems.join(QStringLiteral("\n• "));
    if (!report.warnings.isEmpty()) {
        QStringList warnings;
        for (const domain::Error &w : report.warnings)
            warnings << CatalogueEditFeedback::located(w);
        lines << tr("À vérifier :") << QStringLiteral("• ") + warnings.join(QStringLiteral("\n• "));
    }
    m_ui->checkLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->checkLabel->setVisible(!lines.isEmpty());
}

void AnalysisEditDialog::accept()
{
    m_checkTimer->stop();
    QStringList problems;
    const domain::Analysis a = edited(problems);
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty())
        problems << tr("Motif : indiquez le motif de la modification.");
    if (isCreation()) {
        // saveAnalysis updates an existing code: a creation must not silently replace an analysis.
        auto current = m_admin.load();
        if (!current)
            problems << current.error().message;
        else
            problems << creationProblems(*current, a.localCode);
    }
    const QString examCode = isCreation() ? m_ui->examCombo->currentData().toString() : QString();
    if (problems.isEmpty())
        problems = CatalogueEditFeedback::problems(m_admin.saveAnalysis(m_session, a, examCode, reason));
    CatalogueEditFeedback::show(m_ui->errorLabel, problems);
    if (!problems.isEmpty())
        return;
    m_savedCode = a.localCode;
    QDialog::accept();
}

} // namespace sgl::app
