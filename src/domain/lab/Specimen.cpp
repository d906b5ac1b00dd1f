#include "domain/lab/Specimen.h"

namespace sgl::domain {

QString specimenStatusCode(Specimen::Status status)
{
    switch (status) {
    case Specimen::Status::Expected:
        return QStringLiteral("expected");
    case Specimen::Status::Received:
        return QStringLiteral("received");
    case Specimen::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("expected");
}

bool specimenStatusFromCode(const QString &code, Specimen::Status *out)
{
    for (auto s : {Specimen::Status::Expected, Specimen::Status::Received,
                   Specimen::Status::Rejected}) {
        if (specimenStatusCode(s) == code) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace sgl::domain
