#include "interop/astm/ReplayDecoder.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/ErrorCodes.h"
#include "interop/astm/LinkLayer.h"
#include "interop/astm/ManualClock.h"
#include "interop/astm/MessageAssembler.h"
#include "interop/astm/Tr.h"

namespace sgl::interop::astm {

StreamFormat ReplayDecoder::detect(QByteArrayView bytes)
{
    return bytes.contains(ctl::STX) ? StreamFormat::Framed : StreamFormat::BareRecords;
}

domain::Result<ReplayResult> ReplayDecoder::replay(QByteArrayView bytes, const LinkOptions &options,
                                                   TextEncoding encoding)
{
    if (bytes.isEmpty())
        return domain::fail(errc::EmptyStream, Tr::tr("Flux vide : rien à rejouer."));
    ReplayResult result;
    result.format = detect(bytes);
    MessageAssembler assembler(encoding);
    if (result.format == StreamFormat::Framed) {
        ManualClock clock;
        LinkLayer link(clock, options);
        link.feed(bytes);
        link.endOfInput();
        for (const LinkDelivery &d : link.takeDeliveries())
            assembler.apply(d);
        result.linkEvents = link.takeEvents();
        result.replies = link.takeOutput();
    } else {
        assembler.addText(bytes, true);
    }
    assembler.endOfTransfer(false);
    result.messages = assembler.takeMessages();
    result.problems = assembler.takeProblems();
    return result;
}

} // namespace sgl::interop::astm
