import { getRouteApi } from '@tanstack/react-router';
import { ProductPage } from './ProductPage.tsx';

const route = getRouteApi('/products/$id');

/** `/products/$id`: the product page, started afresh for another product. */
export function ProductRoute() {
  const { id } = route.useParams();
  return <ProductPage key={id} id={id} />;
}
