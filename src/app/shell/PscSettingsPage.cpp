#include "app/shell/PscSettingsPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sgl::app {

PscSettingsPage::PscSettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pscSettingsPage"));
    auto *notice = new QLabel(tr("Connexion des professionnels par Pro Santé Connect (carte CPS ou e-CPS) dans le "
                                 "navigateur du poste. Le secret du service n'est jamais saisi ici : il reste dans "
                                 "la passerelle du laboratoire (sgl psc-gateway). Laissez vide pour ne pas proposer "
                                 "cette connexion."),
                              this);
    notice->setWordWrap(true);
    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(QStringLiteral("pscIssuerEdit"));
    m_issuer->setPlaceholderText(QStringLiteral("https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("pscClientIdEdit"));
    m_gateway = new QLineEdit(this);
    m_gateway->setObjectName(QStringLiteral("pscGatewayEdit"));
    m_gateway->setPlaceholderText(QStringLiteral("https://serveur-labo:8443"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("pscPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("désactivé"));
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("pscCaEdit"));
    m_ca->setPlaceholderText(tr("autorités du système"));

    auto *form = new QFormLayout;
    form->addRow(tr("Adresse du fournisseur (issuer) :"), m_issuer);
    form->addRow(tr("Identifiant du service (client_id) :"), m_clientId);
    form->addRow(tr("Passerelle du laboratoire :"), m_gateway);
    form->addRow(tr("Port de retour local :"), m_port);
    form->addRow(tr("Autorités de certification (PEM) :"), m_ca);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addStretch(1);
}

void PscSettingsPage::load(const AppSettings &settings)
{
    m_issuer->setText(settings.pscIssuer);
    m_clientId->setText(settings.pscClientId);
    m_gateway->setText(settings.pscGatewayUrl);
    m_port->setValue(settings.pscLoopbackPort);
    m_ca->setText(settings.pscCaBundle);
}

void PscSettingsPage::apply(AppSettings &settings) const
{
    settings.pscIssuer = m_issuer->text().trimmed();
    settings.pscClientId = m_clientId->text().trimmed();
    settings.pscGatewayUrl = m_gateway->text().trimmed();
    settings.pscLoopbackPort = m_port->value();
    settings.pscCaBundle = m_ca->text().trimmed();
}

void PscSettingsPage::focusField(const QString &settingsKey)
{
    QWidget *field = m_issuer;
    if (settingsKey == QStringLiteral("psc/clientId"))
        field = m_clientId;
    else if (settingsKey == QStringLiteral("psc/gatewayUrl"))
        field = m_gateway;
    else if (settingsKey == QStringLiteral("psc/loopbackPort"))
        field = m_port;
    field->setFocus();
}

} // namespace sgl::app
