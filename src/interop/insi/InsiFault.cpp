#include "interop/insi/InsiFault.h"

#include "interop/insi/Tr.h"


namespace sgl::interop::insi {

namespace {

QString knownMessage(const QString &lowerCode)
{
    if (lowerCode == QLatin1String("desir_550"))
        return Tr::tr("Le numéro d'autorisation du logiciel (IDAM) est inconnu du service INSi : "
                  "vérifiez le paramétrage INSi.");
    if (lowerCode == QLatin1String("desir_560"))
        return Tr::tr("Le certificat d'organisation présenté n'est pas autorisé pour INSi "
                  "(son nom commun doit être INSI-AUTO ou INSI-MANU).");
    return {};
}

} // namespace

domain::Error InsiFault::toError() const
{
    const QString lower = errorCode.trimmed().toLower();
    QString message = knownMessage(lower);
    const QString serverText = !detail.trimmed().isEmpty() ? detail.trimmed() : reason.trimmed();
    if (message.isEmpty())
        message = Tr::tr("Le service INSi a refusé la demande (code %1) : %2")
                      .arg(errorCode.isEmpty() ? subcode : errorCode,
                           serverText.isEmpty() ? Tr::tr("sans détail") : serverText);
    else if (!serverText.isEmpty())
        message += Tr::tr(" Message du service : « %1 ».").arg(serverText);
    QString location = subcode;
    if (!errorCode.isEmpty())
        location += QLatin1Char('/') + errorCode;
    return domain::Error{lower.isEmpty() ? QStringLiteral("insi.fault") : QStringLiteral("insi.fault.") + lower,
                         message, location};
}

} // namespace sgl::interop::insi
