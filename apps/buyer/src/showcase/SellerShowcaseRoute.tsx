import { getRouteApi } from '@tanstack/react-router';
import { SellerShowcasePage } from './SellerShowcasePage.tsx';

const route = getRouteApi('/sellers/$id');

/** `/sellers/$id`: a seller's showcase, started afresh for another seller. */
export function SellerShowcaseRoute() {
  const { id } = route.useParams();
  return <SellerShowcasePage key={id} id={id} />;
}
