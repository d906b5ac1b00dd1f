#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * One exam of the catalogue ordered in a dossier. Its analyses become results of the dossier;
 * cancelling it (with a reason, while the dossier is open) cancels those still pending. A
 * cancelled exam stays listed with who cancelled it, when and why.
 */
struct OrderedExam {
    enum class State { Ordered, Cancelled };

    qint64 id = 0;
    qint64 dossierId = 0;
    QString examCode;
    State state = State::Ordered;
    QString orderedBy;
    QDateTime orderedAt;    ///< UTC
    QString cancelledBy;
    QDateTime cancelledAt;  ///< UTC
    QString cancelReason;
};

/** "ordered", "cancelled". */
[[nodiscard]] QString orderedExamStateCode(OrderedExam::State state);
[[nodiscard]] std::optional<OrderedExam::State> orderedExamStateFromCode(const QString &code);

} // namespace sgl::domain
