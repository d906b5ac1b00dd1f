#include "app/qc/QcRulesDialog.h"

#include "app/qc/QcServices.h"
#include "domain/security/Permission.h"
#include "workflow/qc/QcLotAdmin.h"
#include "workflow/qc/QcQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

using domain::qc::WestgardRule;

QcRulesDialog::QcRulesDialog(QcServices &services, QStringList analysisCodes, bool readOnly, QWidget *parent)
    : QDialog(parent), m_services(services), m_codes(std::move(analysisCodes))
{
    setObjectName(QStringLiteral("qcRulesDialog"));
    setWindowTitle(tr("Règles de Westgard"));
    m_canEdit = !readOnly && domain::rolesGrant(m_services.session().roles, domain::Permission::ResultTechnicalValidate);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Les règles cochées s'appliquent à chaque passage de contrôle de l'analyse, sur tous ses lots et "
           "automates. Une règle de <b>rejet</b> rejette le passage : les résultats patients de l'automate et de "
           "l'analyse mesurés depuis le dernier contrôle accepté sont retenus (ni validation technique ni "
           "biologique) jusqu'à la revue du contrôle. Une <b>alerte</b> accepte le passage et prévient le "
           "technicien. Par défaut, toutes les règles s'appliquent."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_analysis = new QComboBox(this);
    m_analysis->setObjectName(QStringLiteral("qcRulesAnalysis"));
    m_analysis->addItems(m_codes);
    form->addRow(tr("Analyse (ayant des lots de contrôle) :"), m_analysis);
    layout->addLayout(form);

    auto *box = new QGroupBox(tr("Règles appliquées"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    for (const WestgardRule rule : domain::qc::allWestgardRules()) {
        auto *check = new QCheckBox(domain::qc::westgardRuleCode(rule), box);
        check->setObjectName(QStringLiteral("rule_") + domain::qc::westgardRuleCode(rule));
        auto *text = new QLabel(explanation(rule), box);
        text->setWordWrap(true);
        text->setBuddy(check);
        const bool rejects = domain::qc::westgardRuleRejects(rule);
        auto *kind = new QLabel(rejects ? tr("rejet") : tr("alerte"), box);
        kind->setObjectName(QStringLiteral("kind_") + domain::qc::westgardRuleCode(rule));
        kind->setStyleSheet(rejects ? QStringLiteral("color: #b00020; font-weight: bold;")
                                    : QStringLiteral("color: #a05a00; font-weight: bold;"));
        grid->addWidget(check, row, 0, Qt::AlignTop);
        grid->addWidget(kind, row, 1, Qt::AlignTop);
        grid->addWidget(text, row, 2);
        m_boxes.insert(rule, check);
        connect(check, &QCheckBox::toggled, this, &QcRulesDialog::updateState);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addWidget(box, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("qcRulesSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("qcRulesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_defaults = buttons->addButton(tr("Règles par défaut"), QDialogButtonBox::ResetRole);
    m_save = buttons->addButton(tr("Enregistrer"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("qcRulesSave"));
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Fermer"));
    layout->addWidget(buttons);
    connect(m_defaults, &QPushButton::clicked, this, &QcRulesDialog::restoreDefaults);
    connect(m_save, &QPushButton::clicked, this, &QcRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_analysis, &QComboBox::currentTextChanged, this, [this](const QString &code) { selectAnalysis(code); });

    resize(720, 520);
    if (m_codes.isEmpty())
        showMessage(tr("Aucune analyse n'a de lot de contrôle : créez d'abord un lot."), false);
    else
        selectAnalysis(m_codes.first());
}

QString QcRulesDialog::explanation(WestgardRule rule)
{
    switch (rule) {
    case WestgardRule::W12s:
        return tr("Une valeur de contrôle au-delà de 2 écarts-types : signal d'alerte, le passage reste accepté. "
                  "Attendu environ une fois sur 20 par hasard.");
    case WestgardRule::R13s:
        return tr("Une valeur au-delà de 3 écarts-types : erreur aléatoire importante ou grosse erreur "
                  "systématique.");
    case WestgardRule::R22s:
        return tr("Deux valeurs consécutives au-delà de 2 écarts-types du même côté (même niveau sur deux "
                  "passages, ou deux niveaux d'un passage) : erreur systématique.");
    case WestgardRule::R4s:
        return tr("Dans un même passage, un niveau au-delà de +2 écarts-types et un autre au-delà de −2 : "
                  "écart de plus de 4 écarts-types, erreur aléatoire.");
    case WestgardRule::R41s:
        return tr("Quatre valeurs consécutives au-delà d'1 écart-type du même côté : dérive systématique.");
    case WestgardRule::R10x:
        return tr("Dix valeurs consécutives du même côté de la moyenne : biais systématique (réactif, "
                  "calibration).");
    }
    return {};
}

bool QcRulesDialog::selectAnalysis(const QString &code)
{
    if (!m_codes.contains(code))
        return false;
    if (m_analysis->currentText() != code) {
        m_analysis->setCurrentText(code); // re-enters through currentTextChanged
        return m_analysis->currentText() == code && !m_error;
    }
    auto rules = m_services.queries().rules(code);
    m_loaded = rules ? *rules : QList<WestgardRule>{};
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(m_loaded.contains(it.key()));
    }
    if (!rules)
        showMessage(rules.error().message, true);
    else
        showMessage(QString(), false);
    updateState();
    return bool(rules);
}

QString QcRulesDialog::analysis() const
{
    return m_analysis->currentText();
}

void QcRulesDialog::setRuleChecked(WestgardRule rule, bool checked)
{
    if (QCheckBox *box = m_boxes.value(rule))
        box->setChecked(checked);
}

QList<WestgardRule> QcRulesDialog::checkedRules() const
{
    QList<WestgardRule> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isChecked())
            out << it.key();
    return out;
}

void QcRulesDialog::restoreDefaults()
{
    for (const WestgardRule rule : domain::qc::allWestgardRules())
        setRuleChecked(rule, true);
}

bool QcRulesDialog::save()
{
    const QString code = analysis();
    if (code.isEmpty())
        return false;
    const QList<WestgardRule> rules = checkedRules();
    auto saved = m_services.lots().setRules(code, rules);
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    auto reread = m_services.queries().rules(code);
    m_loaded = reread ? *reread : rules;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(m_loaded.contains(it.key()));
    }
    showMessage(rules.isEmpty() ? tr("Aucune règle cochée : %1 revient aux règles par défaut (toutes).").arg(code)
                                : tr("Règles de %1 enregistrées.").arg(code),
                false);
    updateState();
    return true;
}

bool QcRulesDialog::isModified() const
{
    return checkedRules() != m_loaded;
}

QString QcRulesDialog::messageText() const
{
    return m_message->text();
}

void QcRulesDialog::showMessage(const QString &text, bool error)
{
    m_error = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void QcRulesDialog::updateState()
{
    const QList<WestgardRule> rules = checkedRules();
    QStringList rejecting;
    QStringList warning;
    for (const WestgardRule r : rules)
        (domain::qc::westgardRuleRejects(r) ? rejecting : warning) << domain::qc::westgardRuleCode(r);
    QString text;
    if (rules.isEmpty())
        text = tr("Aucune règle cochée : l'enregistrement rétablit les règles par défaut (toutes).");
    else
        text = tr("Rejet : %1. Alerte : %2.")
                   .arg(rejecting.isEmpty() ? tr("aucune (aucun passage ne sera rejeté)") : rejecting.join(tr(", ")),
                        warning.isEmpty() ? tr("aucune") : warning.join(tr(", ")));
    if (rules == domain::qc::allWestgardRules())
        text += QLatin1Char(' ') + tr("(règles par défaut)");
    if (!m_canEdit)
        text += QLatin1Char(' ') + tr("Consultation seulement : la modification est réservée aux techniciens et "
                                      "biologistes.");
    m_summary->setText(text);
    const bool loaded = !analysis().isEmpty();
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(m_canEdit && loaded);
    m_defaults->setEnabled(m_canEdit && loaded);
    m_save->setEnabled(m_canEdit && loaded && isModified());
}

} // namespace sgl::app
