#include "workflow/dispatch/ProductSenders.h"

namespace sgl::workflow::dispatch {

SenderRegistry productSenders()
{
    return {};
}

} // namespace sgl::workflow::dispatch
