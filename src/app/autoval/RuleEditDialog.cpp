#include "app/autoval/RuleEditDialog.h"

#include "app/autoval/ConditionFormsMulti.h"
#include "app/autoval/ConditionFormsSingle.h"
#include "app/autoval/PopulationForm.h"
#include "workflow/autoval/RuleForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sgl::app {

RuleEditDialog::RuleEditDialog(const domain::autoval::Rule &rule, QWidget *parent) : QDialog(parent), m_rule(rule)
{
    setWindowTitle(rule.id.isEmpty() ? tr("Nouvelle règle d'auto-validation") : tr("Règle %1").arg(rule.id));
    const workflow::autoval::RuleForm f = workflow::autoval::RuleForm::of(rule);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    idEdit = new QLineEdit(f.id, this);
    idEdit->setPlaceholderText(tr("K.LIMITES (A-Z, 0-9, . _ -)"));
    labelEdit = new QLineEdit(f.label, this);
    enabledCheck = new QCheckBox(tr("Règle active"), this);
    enabledCheck->setChecked(f.enabled);
    analysesEdit = new QLineEdit(f.analyses, this);
    analysesEdit->setPlaceholderText(tr("codes des analyses, séparés par des virgules"));
    examEdit = new QLineEdit(f.exam, this);
    examEdit->setPlaceholderText(tr("code d'examen : toutes ses analyses"));
    waivesEdit = new QLineEdit(f.waives, this);
    waivesEdit->setPlaceholderText(tr("règles levées quand celle-ci est satisfaite (vide : règle ordinaire)"));
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(idEdit, 1);
    idRow->addWidget(enabledCheck);
    form->addRow(tr("Identifiant :"), idRow);
    form->addRow(tr("Libellé :"), labelEdit);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(analysesEdit, 2);
    scopeRow->addWidget(new QLabel(tr("Examen :"), this));
    scopeRow->addWidget(examEdit, 1);
    form->addRow(tr("Analyses :"), scopeRow);
    form->addRow(tr("Lève les règles :"), waivesEdit);

    m_forms = {new LimitsForm, new DeltaForm, new CriticalForm, new AnalyzerFlagsForm, new SerumIndexForm,
               new EdtaContaminationForm, new RatioForm, new AnionGapForm, new SumForm, new ConcordantChangeForm,
               new DeltaScoreForm};
    typeCombo = new QComboBox(this);
    typeCombo->setObjectName(QStringLiteral("conditionType"));
    conditionStack = new QStackedWidget(this);
    conditionStack->setObjectName(QStringLiteral("conditionStack"));
    for (ConditionForm *page : m_forms) {
        typeCombo->addItem(page->title(), page->typeCode());
        conditionStack->addWidget(page);
    }
    form->addRow(tr("Type de condition :"), typeCombo);
    layout->addLayout(form);
    auto *conditionBox = new QGroupBox(tr("Condition"), this);
    auto *conditionLayout = new QVBoxLayout(conditionBox);
    conditionLayout->addWidget(conditionStack);
    layout->addWidget(conditionBox);
    connect(typeCombo, &QComboBox::currentIndexChanged, conditionStack, &QStackedWidget::setCurrentIndex);

    population = new PopulationForm(this);
    layout->addWidget(population);

    advancedCheck = new QCheckBox(tr("Avancé : JSON"), this);
    advancedCheck->setObjectName(QStringLiteral("advancedJson"));
    advancedCheck->setToolTip(tr("La règle telle que le fichier des règles la contient (lecture seule)"));
    jsonView = new QPlainTextEdit(this);
    jsonView->setObjectName(QStringLiteral("ruleJson"));
    jsonView->setReadOnly(true);
    jsonView->setMinimumHeight(120);
    jsonView->hide();
    layout->addWidget(advancedCheck);
    layout->addWidget(jsonView, 1);
    connect(advancedCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            refreshJson();
        jsonView->setVisible(on);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QJsonObject condition = QJsonDocument::fromJson(f.conditionJson.toUtf8()).object();
    const QString type = condition.value(QStringLiteral("type")).toString();
    if (ConditionForm *page = conditionForm(type))
        page->load(condition);
    selectType(type);
    population->load(QJsonDocument::fromJson(f.whenJson.toUtf8()).object());
    resize(760, sizeHint().height());
}

ConditionForm *RuleEditDialog::conditionForm(const QString &typeCode) const
{
    for (ConditionForm *page : m_forms)
        if (page->typeCode() == typeCode)
            return page;
    return nullptr;
}

bool RuleEditDialog::selectType(const QString &typeCode)
{
    const int i = typeCombo->findData(typeCode);
    if (i < 0)
        return false;
    typeCombo->setCurrentIndex(i);
    conditionStack->setCurrentIndex(i);
    return true;
}

QString RuleEditDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void RuleEditDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

bool RuleEditDialog::apply()
{
    // The format takes an empty string as present; the form asks for what a rule cannot lack.
    if (idEdit->text().trimmed().isEmpty() || labelEdit->text().trimmed().isEmpty()) {
        showError(idEdit->text().trimmed().isEmpty() ? tr("Identifiant requis.") : tr("Libellé requis."));
        return false;
    }
    QString error;
    const auto *page = m_forms.value(conditionStack->currentIndex());
    const auto condition = page ? page->build(error) : std::nullopt;
    if (!condition) {
        showError(error);
        return false;
    }
    const auto when = population->build(error);
    if (!when) {
        showError(error);
        return false;
    }
    workflow::autoval::RuleForm f;
    f.id = idEdit->text();
    f.label = labelEdit->text();
    f.enabled = enabledCheck->isChecked();
    f.analyses = analysesEdit->text();
    f.exam = examEdit->text();
    f.waives = waivesEdit->text();
    f.conditionJson = QString::fromUtf8(QJsonDocument(*condition).toJson(QJsonDocument::Compact));
    f.whenJson = when->isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(*when).toJson(QJsonDocument::Compact));
    auto rule = f.toRule();
    if (!rule) {
        showError(rule.error().location.isEmpty() ? rule.error().message
                                                  : tr("%1 : %2").arg(rule.error().location, rule.error().message));
        return false;
    }
    m_error->clear();
    m_error->hide();
    m_rule = *rule;
    if (advancedCheck->isChecked())
        jsonView->setPlainText(workflow::autoval::RuleForm::ruleJson(m_rule));
    return true;
}

void RuleEditDialog::refreshJson()
{
    // The exact rule the form describes; when it does not parse, apply() leaves the last good rule
    // (shown with the error above it), so the text never shows something that would not be saved.
    (void)apply();
    jsonView->setPlainText(workflow::autoval::RuleForm::ruleJson(m_rule));
}

} // namespace sgl::app
