#include "interop/pdf/PdfLayoutOptions.h"

#include "interop/pdf/PdfErrors.h"

#include <QCoreApplication>

namespace sgl::interop::pdf {

domain::Status PdfLayoutOptions::validate() const
{
    const std::pair<QString, const char *> required[] = {
        {letterhead.labName, "labName"},       {letterhead.streetLine, "streetLine"},
        {letterhead.postalCode, "postalCode"}, {letterhead.city, "city"},
        {letterhead.phone, "phone"},
    };
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("sgl::interop::pdf::PdfLayoutOptions", "nom du laboratoire"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf::PdfLayoutOptions", "adresse"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf::PdfLayoutOptions", "code postal"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf::PdfLayoutOptions", "ville"),
        QT_TRANSLATE_NOOP("sgl::interop::pdf::PdfLayoutOptions", "téléphone"),
    };
    QStringList missing;
    QStringList fields;
    for (std::size_t i = 0; i < std::size(required); ++i)
        if (required[i].first.trimmed().isEmpty()) {
            missing << QCoreApplication::translate("sgl::interop::pdf::PdfLayoutOptions", labels[i]);
            fields << QStringLiteral("PdfLayoutOptions.letterhead.") + QLatin1String(required[i].second);
        }
    if (!missing.isEmpty())
        return domain::fail(
            errors::LetterheadIncomplete,
            QCoreApplication::translate("sgl::interop::pdf::PdfLayoutOptions",
                                        "En-tête du laboratoire incomplet dans les paramètres : %1.")
                .arg(missing.join(QStringLiteral(", "))),
            fields.join(QStringLiteral(", ")));
    return {};
}

} // namespace sgl::interop::pdf
