#include "domain/lab/TubePlanner.h"

namespace sgl::domain {

TubePlanner::Plan TubePlanner::plan(const QList<Need> &needs, const QList<Tube> &tubes)
{
    Plan plan;
    QMap<QString, qint64> usable; // container -> first usable tube
    for (const Tube &t : tubes)
        if (t.usable && !t.containerCode.isEmpty() && !usable.contains(t.containerCode))
            usable.insert(t.containerCode, t.specimenId);
    for (const Need &n : needs) {
        if (n.calculated) {
            plan.calculated << n.analysisCode;
            continue;
        }
        if (n.containerCode.isEmpty()) {
            plan.withoutContainer << n.analysisCode;
            continue;
        }
        if (const auto it = usable.constFind(n.containerCode); it != usable.constEnd()) {
            plan.toExisting.insert(n.analysisCode, *it);
            continue;
        }
        auto tube = std::find_if(plan.newTubes.begin(), plan.newTubes.end(),
                                 [&](const NewTube &t) { return t.containerCode == n.containerCode; });
        if (tube == plan.newTubes.end())
            plan.newTubes.append(NewTube{n.containerCode, {n.analysisCode}});
        else
            tube->analysisCodes << n.analysisCode;
    }
    return plan;
}

} // namespace sgl::domain
