#include "interop/insi/InsiFault.h"

#include <QCoreApplication>

namespace sgl::interop::insi {

namespace {

// Literals go through tr((QT_TRANSLATE_NOOP("sgl::interop::insi", "..."))): the marker files them in the .ts
// under this runtime context; the extra parentheses keep lupdate from skipping it.
QString tr(const char *text)
{
    return QCoreApplication::translate("sgl::interop::insi", text);
}

QString knownMessage(const QString &lowerCode)
{
    if (lowerCode == QLatin1String("desir_550"))
        return tr((QT_TRANSLATE_NOOP("sgl::interop::insi", "Le numéro d'autorisation du logiciel (IDAM) est inconnu du service INSi : "
                  "vérifiez le paramétrage INSi.")));
    if (lowerCode == QLatin1String("desir_560"))
        return tr((QT_TRANSLATE_NOOP("sgl::interop::insi", "Le certificat d'organisation présenté n'est pas autorisé pour INSi "
                  "(son nom commun doit être INSI-AUTO ou INSI-MANU).")));
    return {};
}

} // namespace

domain::Error InsiFault::toError() const
{
    const QString lower = errorCode.trimmed().toLower();
    QString message = knownMessage(lower);
    const QString serverText = !detail.trimmed().isEmpty() ? detail.trimmed() : reason.trimmed();
    if (message.isEmpty())
        message = tr((QT_TRANSLATE_NOOP("sgl::interop::insi", "Le service INSi a refusé la demande (code %1) : %2")))
                      .arg(errorCode.isEmpty() ? subcode : errorCode,
                           serverText.isEmpty() ? tr((QT_TRANSLATE_NOOP("sgl::interop::insi", "sans détail"))) : serverText);
    else if (!serverText.isEmpty())
        message += tr((QT_TRANSLATE_NOOP("sgl::interop::insi", " Message du service : « %1 »."))).arg(serverText);
    QString location = subcode;
    if (!errorCode.isEmpty())
        location += QLatin1Char('/') + errorCode;
    return domain::Error{lower.isEmpty() ? QStringLiteral("insi.fault") : QStringLiteral("insi.fault.") + lower,
                         message, location};
}

} // namespace sgl::interop::insi
