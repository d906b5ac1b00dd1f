#include "workflow/directory/DirectoryContact.h"

#include <QRegularExpression>

namespace sgl::workflow::directory {

using namespace Qt::StringLiterals;

QString DirectoryContact::mssanteAddress(const domain::DirectoryProfessional &p)
{
    for (const QString &box : p.mssanteMailboxes)
        if (!box.trimmed().isEmpty())
            return box.trimmed();
    for (const domain::DirectoryActivity &a : p.activities)
        if (!a.mssante.trimmed().isEmpty())
            return a.mssante.trimmed();
    return {};
}

QString DirectoryContact::displayName(const domain::DirectoryProfessional &p)
{
    const QString code = p.practiceCivilityCode.trimmed().toUpper();
    const QString title = code == u"DR"_s ? u"Dr"_s : code == u"PR"_s ? u"Pr"_s : QString();
    QStringList parts;
    for (const QString &part : {title, p.firstName.trimmed(), p.lastName.trimmed()})
        if (!part.isEmpty())
            parts << part;
    return parts.join(u' ');
}

QString DirectoryContact::city(const domain::DirectoryProfessional &p)
{
    if (p.activities.isEmpty())
        return {};
    const domain::DirectoryActivity &a = p.activities.first();
    return QStringList{a.postcode.trimmed(), a.city.trimmed()}.filter(QRegularExpression(u"."_s)).join(u' ');
}

QDate DirectoryContact::extractionDate(const domain::DirectoryGeneration &generation)
{
    static const QRegularExpression stamp(u"_(\\d{8})\\d{4}\\.[A-Za-z]+$"_s);
    for (const QString &name : generation.fileNames) {
        if (auto m = stamp.match(name); m.hasMatch()) {
            const QDate d = QDate::fromString(m.captured(1), u"yyyyMMdd"_s);
            if (d.isValid())
                return d;
        }
    }
    const QDateTime at = generation.finishedAt.isValid() ? generation.finishedAt : generation.startedAt;
    return at.toLocalTime().date();
}

} // namespace sgl::workflow::directory
