#include "app/widgets/RppsFlag.h"

#include "workflow/directory/DirectoryContact.h"
#include "workflow/directory/DirectorySearch.h"

#include <QApplication>
#include <QStyle>

namespace sgl::app {

using workflow::directory::RppsCheck;

QDate RppsFlag::extractionDate()
{
    if (!m_extraction) {
        auto status = m_search->status();
        m_extraction = status && *status ? workflow::directory::DirectoryContact::extractionDate(**status) : QDate();
    }
    return *m_extraction;
}

QString RppsFlag::flagFor(const QString &rpps)
{
    const QString number = rpps.trimmed();
    if (!m_search || number.isEmpty())
        return {};
    auto check = m_search->checkRpps(number);
    if (!check)
        return {};
    switch (check->status) {
    case RppsCheck::Status::Unknown: {
        const QDate date = extractionDate();
        return date.isValid() ? tr("RPPS inconnu de l'Annuaire Santé (extraction du %1)")
                                    .arg(date.toString(QStringLiteral("dd/MM/yyyy")))
                              : tr("RPPS inconnu de l'Annuaire Santé");
    }
    case RppsCheck::Status::BadCheckDigit:
    case RppsCheck::Status::Malformed:
        return check->message;
    case RppsCheck::Status::KnownActive:
    case RppsCheck::Status::NoDirectory:
        return {};
    }
    return {};
}

QIcon RppsFlag::icon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace sgl::app
