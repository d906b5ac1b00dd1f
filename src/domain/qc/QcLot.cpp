#include "domain/qc/QcLot.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <cmath>

namespace sgl::domain::qc {

QString qcTargetSourceCode(QcTargetSource source)
{
    return source == QcTargetSource::Manufacturer ? QStringLiteral("manufacturer") : QStringLiteral("computed");
}

std::optional<QcTargetSource> qcTargetSourceFromCode(const QString &code)
{
    if (code == QLatin1String("manufacturer"))
        return QcTargetSource::Manufacturer;
    if (code == QLatin1String("computed"))
        return QcTargetSource::Computed;
    return std::nullopt;
}

namespace {

Status missing(const QString &label, const QString &field)
{
    return fail(errc::QcMissingField, Tr::tr("Champ obligatoire non renseigné : %1.").arg(label), field);
}

} // namespace

Status QcLotValidator::validate(const QcMaterial &material)
{
    if (material.code.trimmed().isEmpty())
        return missing(Tr::tr("code du contrôle"), QStringLiteral("code"));
    if (material.label.trimmed().isEmpty())
        return missing(Tr::tr("libellé du contrôle"), QStringLiteral("label"));
    return {};
}

Status QcLotValidator::validate(const QcLot &lot)
{
    if (lot.materialId <= 0)
        return missing(Tr::tr("matériau de contrôle"), QStringLiteral("materialId"));
    if (lot.lotNumber.trimmed().isEmpty())
        return missing(Tr::tr("numéro de lot"), QStringLiteral("lotNumber"));
    if (lot.analyzer.trimmed().isEmpty())
        return missing(Tr::tr("automate"), QStringLiteral("analyzer"));
    if (lot.analysisCode.trimmed().isEmpty())
        return missing(Tr::tr("analyse"), QStringLiteral("analysisCode"));
    const auto checkSd = [&lot]() -> Status {
        if (!lot.sd || !std::isfinite(*lot.sd) || *lot.sd <= 0.0)
            return fail(errc::QcSdZero,
                        Tr::tr("L'écart-type du lot %1 doit être supérieur à 0 (un écart-type nul rend "
                               "toute valeur infiniment éloignée de la moyenne).")
                            .arg(lot.lotNumber),
                        QStringLiteral("sd"));
        return {};
    };
    if (lot.source == QcTargetSource::Manufacturer) {
        if (!lot.mean || !std::isfinite(*lot.mean))
            return missing(Tr::tr("moyenne cible"), QStringLiteral("mean"));
        return checkSd();
    }
    if (lot.initialRuns < 2)
        return fail(errc::QcInitialRuns,
                    Tr::tr("Le lot %1 doit être établi sur au moins 2 passages (%2 demandé).")
                        .arg(lot.lotNumber)
                        .arg(lot.initialRuns),
                    QStringLiteral("initialRuns"));
    if (lot.sd)
        return checkSd();
    return {};
}

Result<QcTarget> computeTarget(const QList<double> &values)
{
    if (values.size() < 2)
        return fail(errc::QcInitialRuns,
                    Tr::tr("Au moins 2 passages sont nécessaires pour calculer la cible (%1 disponible).")
                        .arg(values.size()),
                    QStringLiteral("initialRuns"));
    double sum = 0.0;
    for (const double v : values)
        sum += v;
    const double mean = sum / double(values.size());
    double squares = 0.0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / double(values.size() - 1));
    if (!(sd > 0.0))
        return fail(errc::QcSdZero,
                    Tr::tr("Les %1 premiers passages sont identiques : écart-type nul, la cible ne peut pas "
                           "être calculée.")
                        .arg(values.size()),
                    QStringLiteral("sd"));
    return QcTarget{mean, sd, int(values.size())};
}

} // namespace sgl::domain::qc
