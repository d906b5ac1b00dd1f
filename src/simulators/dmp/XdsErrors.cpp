#include "simulators/dmp/XdsErrors.h"

#include "simulators/dmp/EbXml.h"

namespace sgl::simulators::dmp {

using interop::xml::XmlElement;

XmlElement registryErrorList(const QList<RegistryError> &errors)
{
    XmlElement list(QStringLiteral("rs:RegistryErrorList"));
    list.setAttribute(QStringLiteral("highestSeverity"), QString(ebxml::kSeverityError));
    for (const RegistryError &e : errors) {
        XmlElement re(QStringLiteral("rs:RegistryError"));
        re.setAttribute(QStringLiteral("errorCode"), e.code);
        re.setAttribute(QStringLiteral("codeContext"), e.context);
        if (!e.location.isEmpty())
            re.setAttribute(QStringLiteral("location"), e.location);
        re.setAttribute(QStringLiteral("severity"), QString(ebxml::kSeverityError));
        list.append(std::move(re));
    }
    return list;
}

XmlElement registryResponse(const QList<RegistryError> &errors)
{
    XmlElement r(QStringLiteral("rs:RegistryResponse"));
    r.declareNamespace(QStringLiteral("rs"), QString(ebxml::kRs));
    r.setAttribute(QStringLiteral("status"), errors.isEmpty() ? QString(ebxml::kSuccess) : QString(ebxml::kFailure));
    if (!errors.isEmpty())
        r.append(registryErrorList(errors));
    return r;
}

} // namespace sgl::simulators::dmp
