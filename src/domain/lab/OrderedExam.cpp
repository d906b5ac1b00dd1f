#include "domain/lab/OrderedExam.h"

namespace sgl::domain {

QString orderedExamStateCode(OrderedExam::State state)
{
    return state == OrderedExam::State::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("ordered");
}

std::optional<OrderedExam::State> orderedExamStateFromCode(const QString &code)
{
    if (code == u"ordered")
        return OrderedExam::State::Ordered;
    if (code == u"cancelled")
        return OrderedExam::State::Cancelled;
    return std::nullopt;
}

} // namespace sgl::domain
