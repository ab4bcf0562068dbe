/** How many random cases each property test runs per gold page (read by the bench report too). */
export const PROPERTY_RUNS = 40;
