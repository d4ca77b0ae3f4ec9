// A small catalogue in ReadPublicCatalog's and ReadVmTypes' shapes, for the domain's tests.
import type { Region } from '../vocabulary.ts';
import type { CatalogueEntry, PriceCatalogue } from './catalogue.ts';

const core = (region: Region, type: string, od: number, oneYear?: number): CatalogueEntry[] => [
  {
    Category: 'compute',
    Service: 'TinaOS-FCU',
    Operation: 'RunInstances-OD',
    SubregionName: region,
    Type: type,
    UnitPrice: od,
  },
  ...(oneYear === undefined
    ? []
    : [
        {
          Category: 'compute',
          Service: 'TinaOS-FCU',
          Operation: 'RunInstances-1Y',
          SubregionName: region,
          Type: type,
          UnitPrice: oneYear,
        },
      ]),
];

const names = [
  'tinav5.c1r1p1',
  'tinav5.c1r1p3',
  'tinav5.c2r4p1',
  'tinav6.c2r4p2',
  'tinav6.c4r8p1',
  'tinav6.c4r8p2',
  'tinav6.c4r16p2',
  'tinav6.c8r16p2',
  'tinav7.c4r8p2',
  't2.small',
  'm4.large',
];

/** eu-west-2: vCores 0.04 / 0.03 / 0.02 €/h, RAM 0.005; cloudgouv: 0.05 / 0.04 / 0.03, RAM 0.006. */
export function testCatalogue(region: Region, asOf = '2026-12-01'): PriceCatalogue {
  const gouv = region === 'cloudgouv-eu-west-1';
  const entries = [
    ...[5, 6].flatMap((g) => [
      ...core(region, `CustomCore:v${g}-p1`, gouv ? 0.05 : 0.04, gouv ? 0.04 : 0.03),
      ...core(region, `CustomCore:v${g}-p2`, gouv ? 0.04 : 0.03, gouv ? 0.032 : 0.0225),
      ...core(region, `CustomCore:v${g}-p3`, gouv ? 0.03 : 0.02),
    ]),
    ...core(region, 'CustomRam', gouv ? 0.006 : 0.005, gouv ? 0.0048 : 0.00375),
    ...core(region, 'BoxUsage:t2.small', 0.018),
    // Entries the VM rates leave aside: storage, another operation.
    {
      Category: 'storage',
      Operation: 'CreateVolume',
      Type: 'BSU:VolumeUsage:gp2',
      UnitPrice: 0.11,
      Flags: 'PER_MONTH',
    },
    { Category: 'compute', Operation: 'CreateFlexibleGpu-OD', Type: 'Gpu:attach:nvidia-p100', UnitPrice: 1 },
  ];
  const vmTypes = names.map((VmTypeName) => ({ VmTypeName }));
  return { region, asOf, entries, vmTypes };
}
