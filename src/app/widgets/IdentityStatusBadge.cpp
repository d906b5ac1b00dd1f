#include "app/widgets/IdentityStatusBadge.h"

#include <QStyle>

namespace sgl::app {

using domain::IdentityStatus;

IdentityStatusBadge::IdentityStatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("identityStatusBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStatus(IdentityStatus::Prov);
}

void IdentityStatusBadge::setStatus(IdentityStatus status, bool doubtful, bool fictitious)
{
    m_status = status;
    QString text = domain::identityStatusCode(status);
    QString tip = statusLabel(status) + QStringLiteral(" — ") + statusHelp(status);
    if (doubtful) {
        text += tr(" · douteuse");
        tip += QLatin1Char('\n') + tr("Identité douteuse : ne peut être ni validée ni qualifiée.");
    }
    if (fictitious) {
        text += tr(" · fictive");
        tip += QLatin1Char('\n') + tr("Identité fictive : ne peut être ni validée ni qualifiée.");
    }
    setText(text);
    setToolTip(tip);
    setAccessibleName(statusLabel(status));
    setProperty("status", domain::identityStatusCode(status));
    // Re-evaluate [status="..."] selectors after the property change.
    style()->unpolish(this);
    style()->polish(this);
}

QString IdentityStatusBadge::statusLabel(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Prov:
        return tr("Identité provisoire");
    case IdentityStatus::Recup:
        return tr("Identité récupérée");
    case IdentityStatus::Vali:
        return tr("Identité validée");
    case IdentityStatus::Qual:
        return tr("Identité qualifiée");
    }
    return {};
}

QString IdentityStatusBadge::statusHelp(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Prov:
        return tr("ni INS vérifié par INSi, ni pièce d'identité à haut niveau de confiance.");
    case IdentityStatus::Recup:
        return tr("INS obtenu par INSi, pièce d'identité à haut niveau de confiance à contrôler.");
    case IdentityStatus::Vali:
        return tr("pièce d'identité contrôlée, INS à obtenir par INSi.");
    case IdentityStatus::Qual:
        return tr("INS vérifié et pièce contrôlée : l'INS peut être utilisé et transmis.");
    }
    return {};
}

} // namespace sgl::app
