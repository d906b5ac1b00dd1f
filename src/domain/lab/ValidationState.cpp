#include "domain/lab/ValidationState.h"

#include "domain/Tr.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {
constexpr std::array<std::pair<ValidationState, const char *>, 6> kStates{{
    {ValidationState::Pending, "pending"},
    {ValidationState::Entered, "entered"},
    {ValidationState::TechnicallyValidated, "technically_validated"},
    {ValidationState::Validated, "validated"},
    {ValidationState::RerunRequested, "rerun_requested"},
    {ValidationState::Cancelled, "cancelled"},
}};
} // namespace

QString validationStateCode(ValidationState state)
{
    for (const auto &[s, code] : kStates)
        if (s == state)
            return QString::fromLatin1(code);
    return QStringLiteral("pending");
}

std::optional<ValidationState> validationStateFromCode(const QString &code)
{
    for (const auto &[s, c] : kStates)
        if (code == QLatin1String(c))
            return s;
    return std::nullopt;
}

QString validationStateLabel(ValidationState state)
{
    switch (state) {
    case ValidationState::Pending:
        return Tr::tr("À saisir");
    case ValidationState::Entered:
        return Tr::tr("Saisi");
    case ValidationState::TechnicallyValidated:
        return Tr::tr("Validé techniquement");
    case ValidationState::Validated:
        return Tr::tr("Validé biologiquement");
    case ValidationState::RerunRequested:
        return Tr::tr("À repasser");
    case ValidationState::Cancelled:
        return Tr::tr("Annulé");
    }
    return {};
}

QString validationActionCode(ValidationAction action)
{
    switch (action) {
    case ValidationAction::Enter:
        return QStringLiteral("enter");
    case ValidationAction::TechnicalValidate:
        return QStringLiteral("technical_validate");
    case ValidationAction::Validate:
        return QStringLiteral("validate");
    case ValidationAction::RequestRerun:
        return QStringLiteral("request_rerun");
    case ValidationAction::Correct:
        return QStringLiteral("correct");
    case ValidationAction::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

} // namespace sgl::domain
