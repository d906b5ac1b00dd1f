#include "app/catalogue/ReflexRuleDialog.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_ReflexRuleDialog.h"

#include <QListWidget>
#include <QStandardItemModel>

namespace sgl::app {

ReflexRuleDialog::ReflexRuleDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                                   domain::Catalogue catalogue, std::optional<domain::ReflexRule> rule,
                                   QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ReflexRuleDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_catalogue(std::move(catalogue)),
      m_original(std::move(rule))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (const domain::Analysis &a : m_catalogue.analyses)
        if (!a.retired || (m_original && m_original->triggerCode == a.localCode))
            m_ui->triggerCombo->addItem(QStringLiteral("%1 — %2").arg(a.localCode, a.label), a.localCode);
    for (domain::ReflexCondition c :
         {domain::ReflexCondition::Above, domain::ReflexCondition::AtOrAbove, domain::ReflexCondition::Below,
          domain::ReflexCondition::AtOrBelow, domain::ReflexCondition::Abnormal, domain::ReflexCondition::Critical,
          domain::ReflexCondition::CodedValue})
        m_ui->conditionCombo->addItem(domain::reflexConditionLabel(c), static_cast<int>(c));
    for (const domain::Analysis &a : m_catalogue.analyses)
        if (!a.retired)
            m_ui->addCombo->addItem(tr("Analyse %1 — %2").arg(a.localCode, a.label), a.localCode);
    for (const domain::Exam &e : m_catalogue.exams)
        if (!e.retired)
            m_ui->addCombo->addItem(tr("Examen %1 — %2").arg(e.code, e.label), e.code);
    m_ui->triggerCombo->setCurrentIndex(-1);
    m_ui->addCombo->setCurrentIndex(-1);

    connect(m_ui->triggerCombo, &QComboBox::currentIndexChanged, this, &ReflexRuleDialog::triggerChanged);
    connect(m_ui->conditionCombo, &QComboBox::currentIndexChanged, this, &ReflexRuleDialog::conditionChanged);

    if (m_original) {
        setWindowTitle(tr("Modifier la règle réflexe %1").arg(m_original->code));
        m_ui->codeEdit->setText(m_original->code);
        m_ui->codeEdit->setEnabled(false);
        m_ui->labelEdit->setText(m_original->label);
        setTriggerCode(m_original->triggerCode);
        setCondition(m_original->condition);
        if (m_original->threshold)
            m_ui->thresholdEdit->setText(CatalogueEditFeedback::formatDecimal(*m_original->threshold));
        setCodedValues(m_original->codedValues);
        const int add = m_ui->addCombo->findData(m_original->addCode);
        if (add < 0) // a retired target stays visible so that the rule is not silently changed
            m_ui->addCombo->addItem(m_original->addCode, m_original->addCode);
        setAddCode(m_original->addCode);
        m_ui->automaticCheck->setChecked(m_original->automatic);
        m_ui->activeCheck->setChecked(m_original->active);
        m_ui->reasonEdit->setFocus();
    } else {
        setWindowTitle(tr("Nouvelle règle réflexe"));
        m_ui->codeEdit->setFocus();
    }
    triggerChanged();
    conditionChanged();
}

ReflexRuleDialog::~ReflexRuleDialog() = default;

QString ReflexRuleDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString ReflexRuleDialog::thresholdUnitText() const
{
    return m_ui->thresholdUnitLabel->text();
}

bool ReflexRuleDialog::isThresholdEnabled() const
{
    return m_ui->thresholdEdit->isEnabled();
}

bool ReflexRuleDialog::isCodedValuesEnabled() const
{
    return m_ui->codedValuesList->isEnabled();
}

QStringList ReflexRuleDialog::offeredCodedValues() const
{
    QStringList codes;
    for (int row = 0; row < m_ui->codedValuesList->count(); ++row)
        codes << m_ui->codedValuesList->item(row)->data(Qt::UserRole).toString();
    return codes;
}

domain::ReflexCondition ReflexRuleDialog::condition() const
{
    return static_cast<domain::ReflexCondition>(m_ui->conditionCombo->currentData().toInt());
}

bool ReflexRuleDialog::setTriggerCode(const QString &code)
{
    const int index = m_ui->triggerCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->triggerCombo->setCurrentIndex(index);
    return true;
}

void ReflexRuleDialog::setCondition(domain::ReflexCondition c)
{
    m_ui->conditionCombo->setCurrentIndex(m_ui->conditionCombo->findData(static_cast<int>(c)));
}

bool ReflexRuleDialog::setCodedValues(const QStringList &codes)
{
    bool allOffered = true;
    for (const QString &code : codes)
        allOffered = allOffered && offeredCodedValues().contains(code);
    for (int row = 0; row < m_ui->codedValuesList->count(); ++row) {
        QListWidgetItem *item = m_ui->codedValuesList->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    return allOffered;
}

bool ReflexRuleDialog::setAddCode(const QString &code)
{
    const int index = m_ui->addCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->addCombo->setCurrentIndex(index);
    return true;
}

void ReflexRuleDialog::triggerChanged()
{
    const domain::Analysis *trigger = m_catalogue.analysis(m_ui->triggerCombo->currentData().toString());
    QStringList checked;
    for (int row = 0; row < m_ui->codedValuesList->count(); ++row)
        if (m_ui->codedValuesList->item(row)->checkState() == Qt::Checked)
            checked << m_ui->codedValuesList->item(row)->data(Qt::UserRole).toString();
    m_ui->codedValuesList->clear();
    QString unit;
    if (trigger) {
        // The display unit is the same unit written for people (mUI/L for m[IU]/L).
        unit = !trigger->displayUnit.isEmpty() ? trigger->displayUnit
             : !trigger->unit.isEmpty()        ? trigger->unit
                                               : tr("sans unité");
        for (const domain::ValueOption &o : trigger->valueOptions) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(o.code, o.label), m_ui->codedValuesList);
            item->setData(Qt::UserRole, o.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(o.code) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_ui->thresholdUnitLabel->setText(unit);

    // Offer only the conditions that fit the trigger's result type (the validator has the last word).
    auto *conditions = qobject_cast<QStandardItemModel *>(m_ui->conditionCombo->model());
    for (int row = 0; conditions && row < m_ui->conditionCombo->count(); ++row) {
        const auto c = static_cast<domain::ReflexCondition>(m_ui->conditionCombo->itemData(row).toInt());
        bool fits = true;
        if (trigger && domain::isNumericCondition(c))
            fits = trigger->resultType == domain::ResultType::Numeric;
        else if (trigger && c == domain::ReflexCondition::CodedValue)
            fits = trigger->resultType == domain::ResultType::Coded;
        conditions->item(row)->setEnabled(fits);
    }
    if (conditions && !conditions->item(m_ui->conditionCombo->currentIndex() < 0 ? 0 : m_ui->conditionCombo->currentIndex())
                           ->isEnabled()) {
        for (int row = 0; row < m_ui->conditionCombo->count(); ++row)
            if (conditions->item(row)->isEnabled()) {
                m_ui->conditionCombo->setCurrentIndex(row);
                break;
            }
    }
}

bool ReflexRuleDialog::isConditionOffered(domain::ReflexCondition condition) const
{
    const auto *conditions = qobject_cast<const QStandardItemModel *>(m_ui->conditionCombo->model());
    const int row = m_ui->conditionCombo->findData(static_cast<int>(condition));
    return conditions && row >= 0 && conditions->item(row)->isEnabled();
}

void ReflexRuleDialog::conditionChanged()
{
    const bool numeric = domain::isNumericCondition(condition());
    m_ui->thresholdEdit->setEnabled(numeric);
    m_ui->thresholdUnitLabel->setEnabled(numeric);
    m_ui->codedValuesList->setEnabled(condition() == domain::ReflexCondition::CodedValue);
}

void ReflexRuleDialog::accept()
{
    domain::ReflexRule rule = m_original.value_or(domain::ReflexRule{});
    rule.code = m_ui->codeEdit->text().trimmed();
    rule.label = m_ui->labelEdit->text().trimmed();
    rule.triggerCode = m_ui->triggerCombo->currentData().toString();
    rule.condition = condition();
    rule.addCode = m_ui->addCombo->currentData().toString();
    rule.automatic = m_ui->automaticCheck->isChecked();
    rule.active = m_ui->activeCheck->isChecked();
    rule.threshold.reset();
    rule.codedValues.clear();
    const QString reason = m_ui->reasonEdit->text().trimmed();

    QStringList problems;
    if (rule.code.isEmpty())
        problems << tr("Code : obligatoire.");
    if (rule.label.isEmpty())
        problems << tr("Libellé : obligatoire.");
    if (rule.triggerCode.isEmpty())
        problems << tr("Analyse déclenchante : choisissez une analyse.");
    if (domain::isNumericCondition(rule.condition)) {
        bool ok = true;
        rule.threshold = CatalogueEditFeedback::parseDecimal(m_ui->thresholdEdit->text(), &ok);
        if (!ok)
            problems << tr("Seuil : « %1 » n'est pas un nombre (ex. 4,5).").arg(m_ui->thresholdEdit->text().trimmed());
        else if (!rule.threshold)
            problems << tr("Seuil : obligatoire pour la condition « %1 ».").arg(domain::reflexConditionLabel(rule.condition));
    }
    if (rule.condition == domain::ReflexCondition::CodedValue) {
        for (int row = 0; row < m_ui->codedValuesList->count(); ++row)
            if (m_ui->codedValuesList->item(row)->checkState() == Qt::Checked)
                rule.codedValues << m_ui->codedValuesList->item(row)->data(Qt::UserRole).toString();
        if (rule.codedValues.isEmpty())
            problems << tr("Valeurs codées : cochez au moins une valeur de l'analyse déclenchante.");
    }
    if (rule.addCode.isEmpty())
        problems << tr("Ajoute : choisissez l'analyse ou l'examen à ajouter.");
    if (reason.isEmpty())
        problems << tr("Motif : indiquez le motif de la modification.");
    if (!m_original && !rule.code.isEmpty())
        problems << CatalogueEditFeedback::creationConflict(
            m_admin, [&](const domain::Catalogue &c) { return c.reflexRule(rule.code) != nullptr; },
            tr("Code : la règle « %1 » existe déjà.").arg(rule.code));
    if (problems.isEmpty())
        problems = CatalogueEditFeedback::problems(m_admin.saveReflexRule(m_session, rule, reason));
    CatalogueEditFeedback::show(m_ui->errorLabel, problems);
    if (!problems.isEmpty())
        return;
    m_savedCode = rule.code;
    QDialog::accept();
}

} // namespace sgl::app
