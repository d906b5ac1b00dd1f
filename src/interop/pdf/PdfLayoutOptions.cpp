#include "interop/pdf/PdfLayoutOptions.h"

#include "interop/pdf/ErrorCodes.h"
#include "interop/pdf/Tr.h"


namespace sgl::interop::pdf {

domain::Status PdfLayoutOptions::validate() const
{
    const std::pair<QString, const char *> required[] = {
        {letterhead.labName, "labName"},       {letterhead.streetLine, "streetLine"},
        {letterhead.postalCode, "postalCode"}, {letterhead.city, "city"},
        {letterhead.phone, "phone"},
    };
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("sgl::interop::pdf", "nom du laboratoire"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf", "adresse"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf", "code postal"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf", "ville"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf", "téléphone"),
    };
    QStringList missing;
    QStringList fields;
    for (std::size_t i = 0; i < std::size(required); ++i)
        if (required[i].first.trimmed().isEmpty()) {
            missing << Tr::tr(labels[i]);
            fields << QStringLiteral("PdfLayoutOptions.letterhead.") + QLatin1String(required[i].second);
        }
    if (!missing.isEmpty())
        return domain::fail(
            errc::LetterheadIncomplete,
            Tr::tr("En-tête du laboratoire incomplet dans les paramètres : %1.")
                .arg(missing.join(QStringLiteral(", "))),
            fields.join(QStringLiteral(", ")));
    return {};
}

} // namespace sgl::interop::pdf
