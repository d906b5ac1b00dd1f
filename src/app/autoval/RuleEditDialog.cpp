#include "app/autoval/RuleEditDialog.h"

#include "workflow/autoval/RuleForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    waivesEdit = new QLineEdit(f.waives, this);
    waivesEdit->setPlaceholderText(tr("règles levées quand celle-ci est satisfaite (vide : règle ordinaire)"));
    conditionEdit = new QPlainTextEdit(f.conditionJson, this);
    conditionEdit->setMinimumHeight(140);
    whenEdit = new QLineEdit(f.whenJson, this);
    whenEdit->setPlaceholderText(tr("{\"sex\": \"F\", \"age_min\": \"18a\"} ; vide : tous les patients"));
    form->addRow(tr("Identifiant :"), idEdit);
    form->addRow(tr("Libellé :"), labelEdit);
    form->addRow(QString(), enabledCheck);
    form->addRow(tr("Analyses :"), analysesEdit);
    form->addRow(tr("Examen :"), examEdit);
    form->addRow(tr("Lève les règles :"), waivesEdit);
    form->addRow(tr("Condition (JSON) :"), conditionEdit);
    form->addRow(tr("Population (JSON) :"), whenEdit);
    layout->addLayout(form);
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
    resize(620, 520);
}

QString RuleEditDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool RuleEditDialog::apply()
{
    workflow::autoval::RuleForm f;
    f.id = idEdit->text();
    f.label = labelEdit->text();
    f.enabled = enabledCheck->isChecked();
    f.analyses = analysesEdit->text();
    f.exam = examEdit->text();
    f.waives = waivesEdit->text();
    f.conditionJson = conditionEdit->toPlainText();
    f.whenJson = whenEdit->text();
    auto rule = f.toRule();
    if (!rule) {
        m_error->setText(rule.error().location.isEmpty() ? rule.error().message
                                                         : tr("%1 : %2").arg(rule.error().location, rule.error().message));
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    m_rule = *rule;
    return true;
}

} // namespace sgl::app
