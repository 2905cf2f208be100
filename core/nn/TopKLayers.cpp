// Placeholder: filled in by its own change.
#include "graph/Registry.h"
namespace mtl {
void registerTopKTypes(Registry&) {}
}  // namespace mtl
