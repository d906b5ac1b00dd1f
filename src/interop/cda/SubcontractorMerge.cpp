#include "interop/cda/SubcontractorMerge.h"

namespace sgl::interop::cda {

void SubcontractorMerge::merge(domain::ReportContent &into, const SubcontractorReport &from)
{
    for (const domain::ReportChapter &chapter : from.chapters) {
        auto it = std::find_if(into.chapters.begin(), into.chapters.end(),
                               [&](const domain::ReportChapter &c) { return c.loincCode == chapter.loincCode; });
        if (it == into.chapters.end())
            into.chapters.append(chapter);
        else
            it->batteries.append(chapter.batteries);
    }
    if (from.pdf)
        into.attachments.append(*from.pdf);
}

} // namespace sgl::interop::cda
